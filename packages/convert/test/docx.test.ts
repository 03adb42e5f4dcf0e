import {textToMdast} from '@scrutiny/parser'
import type {FootnoteDefinition, List, Table} from 'mdast'
import {describe, expect, test} from 'vitest'
import {readDocument} from '../src/lib/read-document.js'
import {corpusText, fixture, flatText, positioned} from './helpers.js'

const seedName = 'warwickshire-pcc-response-west-midlands-soc-2024'

describe('readDocument (.docx)', async () => {
  const seed = await readDocument(fixture(`docx/${seedName}.docx`), {path: `${seedName}.docx`})

  test('keeps every word of the seed, in order, as the plain text has it', () => {
    expect(seed.format).toBe('docx')
    expect(flatText(seed.tree)).toBe(flatText(textToMdast(corpusText(`seed/${seedName}.txt`))))
    expect(seed.messages).toEqual([])
  })

  test('maps Word styles to headings: Title and Heading 1-3', () => {
    const headings = seed.tree.children.filter((node) => node.type === 'heading')
    expect(headings.map((node) => [node.depth, flatText({type: 'root', children: [node]})]).slice(3, 8)).toEqual([
      [1, 'Response to HMICFRS report: An inspection of the West Midlands regional response to serious and organised crime'],
      [1, '1.\u00A0 Local Policing Body’s Comments.'.replace(/[\s\u00A0]+/g, ' ')],
      [2, '1.1. Regional Findings'],
      [3, 'Area for improvement'],
      [3, 'Innovative Practice']
    ])
  })

  test('re-derives auto-numbers: a list that restarts shows 1, a continued one counts on', () => {
    const lists = seed.tree.children.filter((node): node is List => node.type === 'list')
    const ordered = lists.filter((list) => list.ordered)
    expect(ordered.map((list) => [list.start, list.children.length])).toEqual([
      [1, 2], [1, 1], [1, 1], [1, 1], [1, 3], [1, 1], [1, 1], [1, 1], [1, 1], [1, 1], [1, 1], [1, 1], [1, 1]
    ])
    expect(lists.filter((list) => !list.ordered).map((list) => list.children.length)).toEqual([5, 5, 8, 2, 7])
  })

  test('keeps the footnote apart from the body, and its reference in the text', () => {
    const notes = seed.tree.children.filter((node): node is FootnoteDefinition => node.type === 'footnoteDefinition')
    expect(notes.map((note) => [note.label, flatText({type: 'root', children: note.children})])).toEqual([
      ['1', 'An inspection of the West Midlands regional response to serious and organised crime – His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (']
    ])
    expect(flatText(seed.tree)).toContain('organised crime’.[1] As the Police')
  })

  test('positions slice each text out of file.value and carry the Word paragraph index', () => {
    const value = String(seed.file.value)
    const nodes = positioned(seed.tree)
    for (const node of nodes) {
      if (node.type === 'text') expect(value.slice(node.position!.start.offset, node.position!.end.offset)).toBe(node.value)
    }
    const title = seed.tree.children[3]!
    expect(title.data).toEqual({paragraph: 3})
    expect(title.position).toMatchObject({start: {line: 7, column: 1}, paragraph: 3})
    const paragraphs = nodes.filter((node) => node.type === 'paragraph' && node.data?.paragraph !== undefined)
    const indexes = paragraphs.map((node) => node.data!.paragraph!)
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b))
    // 105 body paragraphs: the 106 non-blank lines of the text, less the footnote.
    expect(indexes.at(-1)).toBe(104)
  })

  test('reads a recommendations table into rows and cells', async () => {
    const name = 'westmercia-pcc-revisit-service-to-victims-2023-letter'
    const {tree, messages} = await readDocument(fixture(`docx/${name}.docx`), {path: `${name}.docx`})
    const table = tree.children.find((node): node is Table => node.type === 'table')!
    expect(table.children.map((row) => row.children.map((cell) => flatText({type: 'root', children: [{type: 'paragraph', children: cell.children}]})))).toEqual([
      ['No.', 'Recommendation', 'Action'],
      ['1', 'make sure investigation plans are created where applicable, with supervisory oversight ensuring that all investigative opportunities are taken; and', ''],
      ['2', 'make sure victims are regularly updated in line with the Victims’ Code and that victim needs assessments and victim personal statements are recorded when appropriate, so victims are provided with suitable support services throughout the investigation.', '']
    ])
    expect(table.children[1]!.data?.paragraph).toBe(table.children[1]!.children[0]!.data?.paragraph)
    expect(messages).toEqual([])
  })
})
