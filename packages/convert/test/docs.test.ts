import {expect, it} from 'vitest'
import {convertMessages, messageUrl} from '../src/lib/messages.js'
import type {ConvertMessageId} from '../src/lib/messages.js'
import {readDocument} from '../src/lib/read-document.js'
import {fixture} from './helpers.js'
import {anchorsOf} from '../../../test/markdown-anchors.js'

const readsNames = {docx: 'Reading a Word document', pdf: 'Reading a PDF', any: 'Reading either'} as const

/** docs/convert-messages.md, generated from the converter's message table. */
function renderMessagesDocs(): string {
  const lines = [
    '# Convert messages',
    '',
    '<!-- Generated from packages/convert/src/lib/messages.ts by `pnpm generate`; do not edit by hand. -->',
    '',
    "Messages of `@scrutiny/convert` (`source: 'scrutiny-convert'`), in unified's VFile model: each has a `ruleId`, a `reason` (\"Unexpected …, expected …\"), the `note` below and a `url` to its heading here. None stops the reading; a document that cannot be read at all is an error (`ConvertError`), not a message."
  ]
  for (const reads of ['docx', 'pdf', 'any'] as const) {
    lines.push('', `## ${readsNames[reads]}`)
    for (const [id, spec] of Object.entries(convertMessages)) {
      if (spec.reads !== reads) continue
      lines.push('', `### ${id}`, '', `${spec.when} (${spec.level})`, '', `Note: ${spec.note}`)
      lines.push('', `Reason: ${spec.reason}`)
    }
  }
  return `${lines.join('\n')}\n`
}

it('docs/convert-messages.md is generated from the message table', async () => {
  await expect(renderMessagesDocs()).toMatchFileSnapshot('../../../docs/convert-messages.md')
})

it("points every message's URL at a heading of docs/convert-messages.md, as the parser's and the linter's do", () => {
  const anchors = anchorsOf(renderMessagesDocs())
  for (const id of Object.keys(convertMessages) as ConvertMessageId[]) {
    const url = new URL(messageUrl(id))
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/scrutiny-dev/scrutiny/blob/main/docs/convert-messages.md')
    expect(anchors.has(url.hash.slice(1))).toBe(true)
  }
})

it('gives the seed PDF’s message its level, note and a URL whose anchor exists', async () => {
  const name = 'warwickshire-pcc-response-west-midlands-soc-2024.pdf'
  const {messages} = await readDocument(fixture(`pdf/${name}`), {path: name})
  expect(messages.map((message) => [message.ruleId, message.fatal, message.note, message.url])).toEqual([
    [
      'pdf-running-lines',
      undefined,
      'Lines repeated at the top or bottom of most pages are page furniture, not text.',
      'https://github.com/scrutiny-dev/scrutiny/blob/main/docs/convert-messages.md#pdf-running-lines'
    ]
  ])
  expect(anchorsOf(renderMessagesDocs()).has('pdf-running-lines')).toBe(true)
})
