import {expect, it} from 'vitest'
import {presets, rules} from '../src/index.js'
import type {Outcome} from '../src/index.js'
import {ruleSpecs} from '../src/lib/messages.js'
import {ruleExamples} from './helpers.js'

const basisNames = {
  statute: 'statute',
  'statute-unverifiable': 'statute, not verifiable from the text',
  'good-practice': 'good practice'
} as const

const outcomeNames: Record<Outcome, string> = {met: 'Met', 'not-met': 'Not met', 'cannot-tell': 'Cannot tell'}

const severityIn = (preset: keyof typeof presets, id: string): string =>
  (presets[preset].rules as Readonly<Record<string, string>>)[id] ?? 'off'

/** docs/rules.md, generated from the message table, the presets and the rules' doc-comment examples. */
function renderRulesDocs(): string {
  const lines = [
    '# Rules',
    '',
    '<!-- Generated from packages/linter/src/lib/messages.ts, presets.ts and the rules\' examples by `npx vitest run -u packages/linter/test/docs.test.ts`; do not edit. -->',
    '',
    'Every check has three outcomes. **Met**: the text meets it, and the passage that does is recorded (`checks` in the lint result). **Not met**: a message at the rule\'s severity; an error only where the text itself settles it. **Cannot tell**: a warning (never an error) that says what to check, when the text read does not settle it: it looks cut off, points to an attachment or annex for part of the response (or says the chief officer\'s comments are attached, appended or in a separate document), calls the report "the above report", has no date, or disagrees with the report given. A pointer to the report alone ("The full report can be found here") leaves only the report\'s name unsettled: the link it had is not in the text read.',
    '',
    'Severities follow `shared/reference/section55.md` §7 (statute) and §8 (good practice): a duty the text can show is an error, a duty that happens off the page is a warning, advice is info. Good-practice rules run only in the `strict` preset. A `.scrutinyrc.json` severity applies to the rule\'s "not met" messages; "cannot tell" stays at most a warning. Each message has a developer form ("Unexpected …, expected …": stylish, JSON, SARIF, GitHub) and a plain form for people (the text reporter, the playground), both below.',
    '',
    '| rule | checks | source | recommended | strict |',
    '|---|---|---|---|---|'
  ]
  for (const rule of rules) {
    lines.push(
      `| [\`${rule.id}\`](#${rule.id}) | ${rule.description} | ${rule.note} | ${severityIn('recommended', rule.id)} | ${severityIn('strict', rule.id)} |`
    )
  }
  lines.push('| [`disable-comment`](#disable-comment) | Every rule id in a `<!-- scrutiny-disable … -->` comment names a rule. | Scrutiny configuration | warning | warning |')
  const section = (id: string, spec: (typeof ruleSpecs)[keyof typeof ruleSpecs], severities: string) => {
    lines.push('', `## ${id}`, '', spec.description, '', `- Source: ${spec.note} (${basisNames[spec.basis]})`, `- Severity: ${severities}`, `- Why: ${spec.why}`)
    if ('reading' in spec) lines.push(`- Read: ${spec.reading}`)
    for (const outcome of ['met', 'not-met', 'cannot-tell'] as const) {
      const messages = Object.entries(spec.messages as Record<string, {outcome: Outcome; reason: string; plain: string; fix?: string}>).filter(
        ([, message]) => message.outcome === outcome
      )
      if (messages.length === 0) continue
      lines.push('', `${outcomeNames[outcome]}:`, '')
      for (const [messageId, message] of messages) {
        lines.push(`- \`${messageId}\`: ${message.plain}${message.fix ? ` ${message.fix}` : ''}`, `  - ${message.reason}`)
      }
    }
  }
  for (const rule of rules) {
    section(rule.id, ruleSpecs[rule.id as keyof typeof ruleSpecs], `recommended ${severityIn('recommended', rule.id)}, strict ${severityIn('strict', rule.id)}`)
    for (const example of ruleExamples(rule.id)) {
      lines.push('', example.config.valid ? 'Passes:' : 'Fails:', '', '```text', example.text, '```')
      if (example.config.reason) lines.push('', `> ${example.config.reason}`)
    }
  }
  section('disable-comment', ruleSpecs['disable-comment'], 'warning, whatever the preset')
  return `${lines.join('\n')}\n`
}

it('docs/rules.md is generated from the message table and the presets', async () => {
  await expect(renderRulesDocs()).toMatchFileSnapshot('../../../docs/rules.md')
})

it('links every rule to an anchor of docs/rules.md', () => {
  const docs = renderRulesDocs()
  for (const rule of rules) {
    expect(rule.url).toBe(`https://github.com/scrutiny-dev/scrutiny/blob/main/docs/rules.md#${rule.id}`)
    expect(docs).toContain(`\n## ${rule.id}\n`)
  }
})

it('gives every built-in rule an entry in the message table, and nothing else', () => {
  expect(Object.keys(ruleSpecs).sort()).toEqual([...rules.map((rule) => rule.id), 'disable-comment'].sort())
})
