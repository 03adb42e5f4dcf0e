import {expect, it} from 'vitest'
import {rules} from '../src/index.js'
import {ruleExamples} from './helpers.js'

const basisNames = {
  statute: 'statute',
  'statute-unverifiable': 'statute, not verifiable from the text',
  'good-practice': 'good practice'
} as const

/** docs/rules.md, generated from the rules and their doc-comment examples. */
function renderRulesDocs(): string {
  const lines = [
    '# Rules',
    '',
    '<!-- Generated from packages/linter/src/lib/rules by `npx vitest run -u packages/linter/test/docs.test.ts`; do not edit. -->',
    '',
    'Severities follow `shared/reference/section55.md` §7 (statute) and §8 (good practice): a duty the text can show is an error, a duty that happens off the page is a warning, advice is info. Good-practice rules run only in the `strict` preset. A message may be milder than its rule (the rule gives the severity of its worst case); a `.scrutinyrc.json` severity applies to all its messages.',
    '',
    '| rule | checks | source | recommended | strict |',
    '|---|---|---|---|---|'
  ]
  for (const rule of rules) {
    lines.push(
      `| [\`${rule.id}\`](#${rule.id}) | ${rule.description} | ${rule.source} | ${rule.severity.recommended ?? 'off'} | ${rule.severity.strict ?? 'off'} |`
    )
  }
  for (const rule of rules) {
    lines.push('', `## ${rule.id}`, '', rule.description, '', `- Source: ${rule.source} (${basisNames[rule.basis]})`)
    lines.push(`- Severity: recommended ${rule.severity.recommended ?? 'off'}, strict ${rule.severity.strict ?? 'off'}`)
    for (const example of ruleExamples(rule.id)) {
      lines.push('', example.config.valid ? 'Passes:' : 'Fails:', '', '```text', example.text, '```')
      if (example.config.reason) lines.push('', `> ${example.config.reason}`)
    }
  }
  return `${lines.join('\n')}\n`
}

it('docs/rules.md is generated from the rules', async () => {
  await expect(renderRulesDocs()).toMatchFileSnapshot('../../../docs/rules.md')
})
