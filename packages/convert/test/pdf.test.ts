import {textToMdast} from '@scrutiny/parser'
import type {Heading} from 'mdast'
import {describe, expect, test} from 'vitest'
import type {Line} from '../src/lib/pdf/layout.js'
import {linesToBlocks} from '../src/lib/pdf/paragraphs.js'
import {readDocument} from '../src/lib/read-document.js'
import {corpusText, fixture, flatText, positioned} from './helpers.js'

const seedName = 'warwickshire-pcc-response-west-midlands-soc-2024'

describe('readDocument (.pdf)', async () => {
  const seed = await readDocument(fixture(`pdf/${seedName}.pdf`), {path: `${seedName}.pdf`})
  const essex = await readDocument(fixture('pdf/peel-2018-essex.pdf'), {path: 'peel-2018-essex.pdf'})

  test('keeps every word of the seed in order: hyphenated line ends joined, header, footer and page numbers dropped', () => {
    expect(seed.format).toBe('pdf')
    expect(flatText(seed.tree)).toBe(flatText(textToMdast(corpusText(`seed/${seedName}.txt`))))
    expect(seed.messages.map(String)).toEqual([`${seedName}.pdf:1:1: Dropped 14 running header, footer and page-number lines`])
  })

  test('reads a Node Buffer as well as a Uint8Array, leaving it intact', async () => {
    const buffer = Buffer.from(fixture('pdf/peel-2018-essex.pdf'))
    const before = Buffer.from(buffer)
    const {tree} = await readDocument(buffer, {path: 'peel-2018-essex.pdf'})
    expect(flatText(tree)).toBe(flatText(essex.tree))
    expect(buffer.equals(before)).toBe(true)
  })

  test('reads a two-column HMICFRS-style report in reading order', () => {
    expect(flatText(essex.tree)).toBe(flatText(textToMdast(corpusText('corpus/reports/peel-2018-essex.txt'))))
    const text = String(essex.file.value)
    expect(text).not.toMatch(/Page \d+ of \d+/)
    expect(text).not.toContain('PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Essex Police\n\nSkip')
  })

  test('takes headings from font size, largest first', () => {
    const headings = essex.tree.children.filter((node): node is Heading => node.type === 'heading')
    expect(headings.slice(0, 4).map((node) => [node.depth, flatText({type: 'root', children: [node]}), node.data])).toEqual([
      [1, 'Skip to content', {page: 1}],
      [2, 'Essex 2018/19', {page: 1}],
      [2, 'Read more about Essex', {page: 1}],
      [2, 'Download the full report', {page: 1}]
    ])
  })

  test('keeps printed bullets and numbers as lists, and pages on every node', () => {
    const lists = seed.tree.children.filter((node) => node.type === 'list')
    expect(lists.map((list) => [list.ordered, list.start ?? null, list.children.length])).toEqual([
      [true, 1, 2], [false, null, 5], [true, 1, 1], [false, null, 5], [false, null, 8], [false, null, 2], [true, 1, 1], [true, 1, 1],
      [false, null, 7], [true, 1, 3], [true, 1, 1], [true, 1, 1], [true, 1, 1], [true, 1, 1], [true, 1, 1], [true, 1, 1], [true, 1, 1], [true, 1, 1]
    ])
    const value = String(seed.file.value)
    for (const node of positioned(seed.tree)) {
      if (node.type === 'root') continue
      expect(node.data?.page).toBeGreaterThanOrEqual(1)
      if (node.type === 'text') expect(value.slice(node.position!.start.offset, node.position!.end.offset)).toBe(node.value)
    }
    expect(seed.tree.children.at(-1)!.data).toEqual({page: 7})
  })

  test('joins a broken word, keeps a compound that occurs elsewhere, and stays linear on huge lines', () => {
    const line = (text: string, y: number): Line => ({text, x0: 72, x1: 500, y, size: 10, page: 1, column: 0})
    const blocks = linesToBlocks([
      line('Crime prevention is anti-social work and organ-', 700),
      line('ised crime is anti-', 688),
      line('social too.', 676)
    ])
    expect(blocks).toEqual([
      {kind: 'paragraph', text: 'Crime prevention is anti-social work and organised crime is anti-social too.', source: {page: 1}}
    ])
    const huge = 'a'.repeat(200_000)
    const [joined] = linesToBlocks([line(`${huge}-`, 700), line(`${huge}-`, 688), line(huge, 676)])
    expect(joined).toMatchObject({kind: 'paragraph'})
    expect((joined as {text: string}).text.length).toBe(600_000)
  })
})
