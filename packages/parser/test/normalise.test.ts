import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseReport, parseResponse, textToMdast, toMdast} from '../src/index.js'
import {isPageFurniture, isPageNumberLine, runningLineKey} from '../src/lib/normalise/furniture.js'
import {walkTree} from '../src/lib/normalise/walk.js'
import type {Block} from '../src/lib/report/blocks.js'
import {normaliseBlocks} from '../src/lib/report/normalise.js'
import {toBlocks} from '../src/lib/response/blocks.js'

// The normalising step the report and response paths share: one page-furniture predicate (also the
// plain-text segmenter's and the PDF converter's) and one iterative block walk.

const fixtures = new URL('../../../fixtures/', import.meta.url)

/** A corpus page (tuned part) without its fixture header, segment separators blanked. */
function corpus(name: string): {text: string; title: string} {
  const raw = readFileSync(new URL(`corpus/reports/${name}.txt`, fixtures), 'utf8')
  const title = /^title:\s*(.*)$/m.exec(raw)![1]!
  return {text: raw.slice(raw.indexOf('\n---\n') + 5).replace(/^=== segment .*$/gm, ''), title}
}

describe('isPageFurniture', () => {
  it('is web-page chrome, whole blocks only', () => {
    const chrome = [
      'Skip to content',
      'Skip to main content',
      'Text size',
      'Open menu',
      'Quick exit',
      'We use some essential cookies to make this website work.',
      'Your cookie preferences',
      'Print this document',
      'Print this page',
      'Get the report',
      'Contents',
      'Menu',
      'Last updated 27/09/2019',
      '  Skip to content  '
    ]
    expect(chrome.filter((text) => !isPageFurniture(text))).toEqual([])
  })

  it('is PDF page numbers and bare question numbers', () => {
    expect(['12', 'Page 3 of 40', 'page 3', '– 7 –', '- 4 -', '3'].map(isPageFurniture)).toEqual([true, true, true, true, true, true])
    expect(['12', 'Page 3 of 40', '– 7 –'].map(isPageNumberLine)).toEqual([true, true, true])
  })

  it('is never content that opens like furniture', () => {
    const content = [
      '12. The force should improve how it records crime.',
      '3 The force should improve how it records crime.',
      '12345',
      'Page 3 of the report sets out the causes of concern.',
      'Contents of the action plan',
      'Get the report published by March',
      'We use body-worn video in every custody suite.',
      'Print the leaflet in other languages.',
      'The menu of support offered to victims is limited.',
      'Recommendation 2',
      'Area for improvement 12'
    ]
    expect(content.filter(isPageFurniture)).toEqual([])
    expect(isPageNumberLine('12. The force should improve.')).toBe(false)
  })
})

describe('runningLineKey', () => {
  it('is the same for a running header on every page, and differs for other text', () => {
    expect(runningLineKey('PEEL 2018/19 – Essex Police – Page 12')).toBe('peel #/# – essex police – page #')
    expect(runningLineKey('PEEL 2018/19 – ESSEX POLICE – page 13')).toBe(runningLineKey('PEEL 2018/19 – Essex Police – Page 12'))
    expect(runningLineKey('Recommendation 2')).not.toBe(runningLineKey('Area for improvement 2'))
  })
})

describe('page furniture in report pages', () => {
  it('leaves web chrome out of a report page’s blocks, as for responses', () => {
    const {text} = corpus('frs-2018-norfolk')
    const blocks: Block[] = []
    normaliseBlocks(textToMdast(text), text, 'text', (block) => blocks.push(block))
    const texts = blocks.map((block) => block.text.trim())
    expect(text).toContain('Skip to content')
    expect(text).toContain('Last updated 20/06/2019')
    expect(texts.filter((entry) => entry === 'Skip to content' || entry.startsWith('Last updated'))).toEqual([])
    expect(texts.slice(0, 3)).toEqual(['Norfolk 2018/19', 'Read more about Norfolk', texts[2]])
    expect(texts[2]!.startsWith('This is HMICFRS’s first annual assessment')).toBe(true)
  })

  it('files findings under the page title, not under "Print this document"', () => {
    const {text, title} = corpus('peel-2021-22-staffordshire-accelerated-coc')
    const {report} = parseReport(text, {format: 'text', title})
    expect(report.findings.map((finding) => [finding.kind, finding.section])).toEqual([
      ['cause-of-concern', ['PEEL: Staffordshire Police cause of concern – Responding to vulnerable people']],
      ['cause-of-concern', ['Cause of concern']],
      ['recommendation', ['Cause of concern']],
      ['recommendation', ['Cause of concern']],
      ['recommendation', ['Cause of concern']]
    ])
  })

  it('drops the same chrome from a Markdown report page and a response', () => {
    const chrome = 'Skip to content\n\nWe use some essential cookies to make this website work.\n\nPrint this document\n\nContents\n\n'
    const page = `${chrome}# PEEL 2023–25: Example Police\n\n## Areas for improvement\n\n### Area for improvement 1\n\nLast updated 27/09/2019\n\nThe force should improve how it answers emergency calls.\n`
    const {report} = parseReport(page, {format: 'markdown'})
    expect(report.findings.map((finding) => [finding.kind, finding.text, finding.section])).toEqual([
      ['area-for-improvement', 'The force should improve how it answers emergency calls.', ['PEEL 2023–25: Example Police', 'Areas for improvement', 'Area for improvement 1']]
    ])
    const {response} = parseResponse(`${chrome}I welcome the report and its areas for improvement.\n`, {format: 'markdown'})
    // "We use some essential cookies" is in the first person: without the predicate it would open the
    // body's comments.
    expect(response.lpbComments?.text).toBe('I welcome the report and its areas for improvement.')
  })
})

describe('walkTree', () => {
  it('reads a Markdown item opening with nested quotes innermost first, in both paths', () => {
    const text = '1. > > inner\n   > >\n   > > inner2\n   >\n   > outer2\n\n   after\n2. next\n'
    const {tree} = toMdast(text, {format: 'markdown'})
    const report: string[] = []
    normaliseBlocks(tree, text, 'markdown', (block) => report.push(`${block.type}:${block.text}`))
    expect(report).toEqual(['item:inner', 'paragraph:inner2', 'paragraph:outer2', 'paragraph:after', 'item:next'])
    // The response path keeps its own rule over the same walk: in an item, the first paragraph of
    // each quote level (and of the item itself) reads as the item.
    expect(toBlocks(tree, text, true).map((block) => `${block.type}:${block.text}`)).toEqual([
      'item:inner',
      'paragraph:inner2',
      'item:outer2',
      'item:after',
      'item:next'
    ])
  })

  it('walks 10,000 nested lists without recursion', () => {
    const text = `${'1. '.repeat(10_000)}deep\n`
    const {tree} = toMdast(text, {format: 'markdown'})
    let nodes = 0
    walkTree(tree.children, undefined, (node) => {
      nodes++
      return 'children' in node ? [{nodes: node.children, state: undefined}] : undefined
    })
    expect(nodes).toBeGreaterThan(20_000)
    expect(toBlocks(tree, text, true).map((block) => block.text)).toEqual(['deep'])
  })
})
