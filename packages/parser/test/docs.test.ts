import {readFileSync, readdirSync} from 'node:fs'
import {expect, it} from 'vitest'
import {parseReport, parseResponse} from '../src/index.js'
import {messageUrl, parserMessages} from '../src/lib/messages.js'
import type {ParserMessageId} from '../src/lib/messages.js'
import {anchorsOf} from '../../../test/markdown-anchors.js'

const readsNames = {report: 'Reading a report', response: 'Reading a response', input: 'Reading any input'} as const

/** docs/parser-messages.md, generated from the parser's message table. */
function renderMessagesDocs(): string {
  const lines = [
    '# Parser messages',
    '',
    '<!-- Generated from packages/parser/src/lib/messages.ts by `pnpm generate`; do not edit by hand. -->',
    '',
    "Warnings of `@scrutiny/parser` (`source: 'scrutiny-parser'`), in unified's VFile model: each has a `ruleId`, a `reason` (\"Unexpected …, expected …\"), the `place` where it applies when there is one, the `note` below and a `url` to its heading here. None stops the reading."
  ]
  for (const reads of ['report', 'response', 'input'] as const) {
    lines.push('', `## ${readsNames[reads]}`)
    for (const [id, spec] of Object.entries(parserMessages)) {
      if (spec.reads !== reads) continue
      lines.push('', `### ${id}`, '', spec.when, '', `Note: ${spec.note}`)
      if ('reason' in spec) lines.push('', `Reason: ${spec.reason}`)
    }
  }
  return `${lines.join('\n')}\n`
}

it('docs/parser-messages.md is generated from the message table', async () => {
  await expect(renderMessagesDocs()).toMatchFileSnapshot('../../../docs/parser-messages.md')
})

it("points every message's URL at a heading of docs/parser-messages.md, in the linter's organisation", () => {
  const anchors = anchorsOf(renderMessagesDocs())
  for (const id of Object.keys(parserMessages) as ParserMessageId[]) {
    const url = new URL(messageUrl(id))
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/scrutiny-dev/scrutiny/blob/main/docs/parser-messages.md')
    expect(anchors.has(url.hash.slice(1))).toBe(true)
  }
})

it('gives the messages of the tuned corpus reports, a response and Windows-1252 bytes URLs whose anchors exist', () => {
  const anchors = anchorsOf(renderMessagesDocs())
  const fixtures = new URL('../../../fixtures/', import.meta.url)
  // Only the tuned reports: the blind ones are never read while working on the parser.
  const blind = new Set<string>(JSON.parse(readFileSync(new URL('blind.json', fixtures), 'utf8')).reports)
  const urls = new Map<string, string>()
  const reports = new URL('corpus/reports/', fixtures)
  for (const name of readdirSync(reports).filter((entry) => entry.endsWith('.txt') && !blind.has(entry.replace(/\.txt$/, '')))) {
    const raw = readFileSync(new URL(name, reports), 'utf8')
    for (const message of parseReport(raw.slice(raw.indexOf('\n---\n') + 5), {path: name}).messages) urls.set(message.ruleId ?? '', message.url ?? '')
  }
  for (const message of parseResponse('I welcome the report.\n', {path: 'response.txt'}).messages) urls.set(message.ruleId ?? '', message.url ?? '')
  // "the report’s findings" with the apostrophe as Windows-1252 writes it (0x92).
  const bytes = Uint8Array.from([...'I welcome the report', '\x92', ...'s findings.'].map((character) => character.charCodeAt(0)))
  for (const message of parseResponse(bytes, {path: 'legacy.txt'}).file.messages) urls.set(message.ruleId ?? '', message.url ?? '')
  expect([...urls.keys()].sort()).toEqual(['cause-summary-only', 'cause-unread', 'cause-without-recommendation', 'empty-finding-section', 'encoding', 'not-a-grade', 'respondent', 'truncated-finding', 'unknown-subject'])
  for (const url of urls.values()) expect(anchors.has(new URL(url).hash.slice(1))).toBe(true)
})
