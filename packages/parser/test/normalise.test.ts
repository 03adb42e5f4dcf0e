import {readFileSync} from 'node:fs'
import type {Blockquote, List, ListItem, Paragraph, Root} from 'mdast'
import {describe, expect, it} from 'vitest'
import {parseReport, parseResponse, textToMdast, toMdast} from '../src/index.js'
import {normaliseBlocks} from '../src/lib/normalise/blocks.js'
import type {Block, NormaliseOptions} from '../src/lib/normalise/blocks.js'
import {isPageFurniture, isPageNumberLine, runningLineKey} from '../src/lib/normalise/furniture.js'
import {isHeadingLine, withoutEmphasisMarks} from '../src/lib/normalise/headings.js'
import {walkTree} from '../src/lib/normalise/walk.js'
import {reportBlocks} from '../src/lib/report/blocks.js'
import {toBlocks} from '../src/lib/response/blocks.js'

// The normalising step the report and response paths share: one page-furniture predicate (also the
// plain-text segmenter's and the PDF converter's), one rule for headings and heading lines, and one
// iterative block walk that flattens the quotes and items wrapping blocks.

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
      '  Skip to content  ',
      // A news site's advertising, as the tuned newspapers' pages carry it.
      'Hide Ad',
      'Hide Ad\nHide Ad',
      '- Advertisement -',
      'Watch more of our videos on Shots! \nand live on Freeview channel 276\nVisit Shots! now'
    ]
    expect(chrome.filter((text) => !isPageFurniture(text))).toEqual([])
  })

  it('is the chrome at the head of saved force and commissioner pages (tuned corpus excerpts)', () => {
    const chrome = [
      'Quickly exit this site by pressing the Escape key Leave this site',
      'We use cookies to improve your experience. By continuing to browse this site, you are agreeing to our use of cookies. Find out more Accept and Close',
      'This site uses cookies',
      "We use necessary cookies to make our site work, and we'd like to use analytics cookies to keep improving our website.",
      'Necessary Cookies',
      'Necessary cookies enable core functionality. You may disable these by changing your browser settings, but this may affect how the website functions.',
      "This site is a beta, which means it's a work in progress and we'll be adding more to it over the next few weeks.",
      'Accessibility Options',
      'Skip Content Skip Content',
      'Font size: A A',
      'Contrast: C C C C',
      'Non-Emergency Enquiries: 101',
      'Non-emergency call 101',
      'Call 999 in emergencies or 101 for non-emergencies',
      'Home > Latest News > Statement from Matthew Barber, Police and Crime Commissioner on HMICFRS commissioned report into Thames Valley Police'
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
      'Area for improvement 12',
      'Advertisement of vacancies for police staff vetting posts has begun.',
      'Watch our officers at the open day.',
      // Content that names the same things: the 101 service, a cookie-free sentence, a site's home.
      'Non-emergency 101 calls were answered within the target time in 2024.',
      'Among the areas judged ‘inadequate’ by the HMICFRS was the non-emergency 101 telephone service.',
      'Home Office funding for the force has fallen.',
      'Contrast this with the findings of the 2019 inspection.',
      'Accessibility of the front counter service has improved.'
    ]
    expect(content.filter(isPageFurniture)).toEqual([])
    expect(isPageNumberLine('12. The force should improve.')).toBe(false)
  })
})

describe('cookie notices before a commissioner’s news release (tuned excerpt, hampshire-pcc-peel-2023-25-news)', () => {
  it('are never the body’s comments: the comments start at the commissioner’s words', () => {
    const text = [
      'This site uses cookies',
      "We use necessary cookies to make our site work, and we'd like to use analytics cookies to keep improving our website.",
      'Necessary Cookies',
      'Necessary cookies enable core functionality. You may disable these by changing your browser settings, but this may affect how the website functions.',
      'Skip to main content',
      'Police and Crime Commissioner Donna Jones welcomed the findings, which reflect her priorities of delivering a best-in-class police service the public expects.',
      'PCC Donna Jones said: “This report shows the force is getting stronger, more responsive, and more in tune with public expectations.”'
    ].join('\n\n')
    const comments = parseResponse(text).response?.lpbComments
    expect(comments?.detectedBy).toBe('voice')
    expect(comments?.text.split('\n\n')[0]).toBe(
      'Police and Crime Commissioner Donna Jones welcomed the findings, which reflect her priorities of delivering a best-in-class police service the public expects.'
    )
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
    reportBlocks(textToMdast(text), text, 'text', (block) => blocks.push(block))
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

/** The blocks of a Markdown, text or HTML input, with a small vocabulary of heading lines. */
function blocksOf(input: string, format: 'markdown' | 'text' | 'html', headingNames: NormaliseOptions['headingNames'] = (words) => words === 'Areas for improvement'): Block[] {
  const {tree, file} = toMdast(input, {format})
  const blocks: Block[] = []
  normaliseBlocks(tree, String(file.value), {sliceable: format !== 'html', headingNames}, (block) => blocks.push(block))
  return blocks
}

/** What a test compares of a block: its kind, text, offsets and the fields it has. */
function brief(block: Block) {
  const {type, text, position, depth, number, quoteDepth, listDepth, furniture, words} = block
  return {
    type,
    text,
    at: [position.start.offset, position.end.offset],
    ...(depth === undefined ? {} : {depth}),
    ...(words ? {words: [words.start.offset, words.end.offset]} : {}),
    ...(number === undefined ? {} : {number}),
    ...(quoteDepth === undefined ? {} : {quoteDepth}),
    ...(listDepth === undefined ? {} : {listDepth}),
    ...(furniture ? {furniture} : {})
  }
}

describe('headings and heading lines', () => {
  it('takes the emphasis marks off a line, and only around it', () => {
    expect(withoutEmphasisMarks('**Area for improvement**')).toBe('Area for improvement')
    expect(withoutEmphasisMarks('__Cause of concern__')).toBe('Cause of concern')
    expect(withoutEmphasisMarks('***Recommendations*')).toBe('Recommendations')
    expect(withoutEmphasisMarks('The **force** should')).toBe('The **force** should')
    expect(withoutEmphasisMarks(`${'*'.repeat(100_000)}x${'_'.repeat(100_000)}`)).toBe('x')
  })

  it('makes a heading line only of a short line naming a heading', () => {
    const names = (words: string) => words === 'Recommendations'
    expect(isHeadingLine('  **Recommendations**  ', names)).toBe(true)
    expect(isHeadingLine('Recommendations', names)).toBe(true)
    expect(isHeadingLine('Our recommendations', names)).toBe(false)
    expect(isHeadingLine('x'.repeat(121), () => true)).toBe(false)
    expect(isHeadingLine('x'.repeat(120), () => true)).toBe(true)
  })

  it('reads printed headings at their depth and a bold line naming a heading as a heading without one', () => {
    const markdown = '# Example Police\n\n**Areas for improvement**\n\n**The force is good at investigating crime.**\n\nSummary\n=======\n\n## [Linked](https://example.org) heading\n'
    expect(blocksOf(markdown, 'markdown').map(brief)).toEqual([
      {type: 'heading', text: 'Example Police', at: [0, 16], depth: 1, words: [2, 16]},
      {type: 'heading', text: '**Areas for improvement**', at: [18, 43]},
      {type: 'paragraph', text: '**The force is good at investigating crime.**', at: [45, 90]},
      {type: 'heading', text: 'Summary', at: [92, 107], depth: 1, words: [92, 99]},
      {type: 'heading', text: 'Linked heading', at: [109, 149], depth: 2, words: [112, 149]}
    ])
    // HTML: the text content, at the element; no source slice, so no span of words.
    expect(blocksOf('<h2>Areas for improvement</h2><p><strong>Areas for improvement</strong></p>', 'html').map(brief)).toEqual([
      {type: 'heading', text: 'Areas for improvement', at: [0, 30], depth: 2},
      {type: 'heading', text: 'Areas for improvement', at: [30, 75]}
    ])
  })

  it('names the heading lines of each path from its own genre: boxes for reports, parts for responses', () => {
    const markdown = '**Area for improvement**\n\n**Comments from the Chief Constable**\n\n**Recommendation 2**\n'
    const {tree} = toMdast(markdown, {format: 'markdown'})
    const report: string[] = []
    reportBlocks(tree, markdown, 'markdown', (block) => report.push(`${block.type}:${block.text}`))
    expect(report).toEqual(['heading:**Area for improvement**', 'paragraph:**Comments from the Chief Constable**', 'heading:**Recommendation 2**'])
    expect(toBlocks(tree, markdown, true).map((block) => `${block.type}:${block.text}`)).toEqual([
      'paragraph:**Area for improvement**',
      'heading:**Comments from the Chief Constable**',
      'paragraph:**Recommendation 2**'
    ])
  })

  it('gives a real response and report their headings, furniture marked', () => {
    const seed = readFileSync(new URL('seed/warwickshire-pcc-response-west-midlands-soc-2024.txt', fixtures), 'utf8')
    const tree = textToMdast(seed)
    const response = toBlocks(tree, seed, true)
    expect(response).toHaveLength(106)
    expect(response.filter((block) => block.furniture).map((block) => block.text)).toEqual(['Skip to content', 'Text size: A A A', 'Open Menu'])
    const report: Block[] = []
    reportBlocks(tree, seed, 'text', (block) => report.push(block))
    expect(report).toHaveLength(103)
    // The seed's section numbers are followed by a no-break space: blocks read it as a plain one.
    expect(report.filter((block) => block.type === 'heading').map((block) => [block.text, block.depth])).toEqual([
      ['Response to HMICFRS report: An inspection of the West Midlands regional response to serious and organised crime', 1],
      ['1.  Local Policing Body’s Comments.', 1],
      ['1.1. Regional Findings', 2],
      ['Area for improvement', 3],
      ['Innovative Practice', 3],
      ['Area for improvement', 3],
      ['1.3. Warwickshire Police', 2],
      ['Areas for improvement', 3],
      ['2.  Comments from the Chief Constable', 1],
      ['3.  Comments from the local policing body on the CC’s comments', 1],
      ['3.1. Regional', 2],
      ['3.2. Warwickshire Police', 2],
      ['Philip Seccombe TD', 3],
      ['Police and Crime Commissioner', 3],
      ['2 July 2024', 3]
    ])
  })
})

describe('quotes and items that wrap blocks', () => {
  it('reads each paragraph of a block quote, counting the quotes around it', () => {
    const markdown = '> The force has improved.\n>\n> > It should do more.\n\nAfter.\n'
    expect(blocksOf(markdown, 'markdown').map(brief)).toEqual([
      {type: 'paragraph', text: 'The force has improved.', at: [2, 25], quoteDepth: 1},
      {type: 'paragraph', text: 'It should do more.', at: [32, 50], quoteDepth: 2},
      {type: 'paragraph', text: 'After.', at: [52, 58]}
    ])
    expect(blocksOf('<blockquote><p>One.</p><p>Two.</p></blockquote><p>After.</p>', 'html').map(brief)).toEqual([
      {type: 'paragraph', text: 'One.', at: [12, 23], quoteDepth: 1},
      {type: 'paragraph', text: 'Two.', at: [23, 34], quoteDepth: 1},
      {type: 'paragraph', text: 'After.', at: [47, 60]}
    ])
  })

  it('reads an item as its first paragraph, then its nested list and later paragraphs', () => {
    const markdown = '1. Outer item\n   - inner a\n   - inner b\n\n   Outer continues.\n2. Next\n'
    const blocks = blocksOf(markdown, 'markdown')
    expect(blocks.map(brief)).toEqual([
      {type: 'item', text: 'Outer item', at: [3, 13], number: '1', listDepth: 1},
      {type: 'item', text: 'inner a', at: [19, 26], listDepth: 2},
      {type: 'item', text: 'inner b', at: [32, 39], listDepth: 2},
      {type: 'paragraph', text: 'Outer continues.', at: [44, 60], listDepth: 1},
      {type: 'item', text: 'Next', at: [64, 68], number: '2', listDepth: 1}
    ])
    expect(blocks[1]!.list).toBe(blocks[2]!.list)
    expect(blocks[1]!.list).not.toBe(blocks[0]!.list)
    expect(blocks[4]!.list).toBe(blocks[0]!.list)
  })

  it('reads an HTML item of phrasing content at the item, and what it nests after it', () => {
    const html = '<ol start="3"><li>The force <b>should</b> improve.<ul><li>deep</li></ul></li><li>next</li></ol>'
    expect(blocksOf(html, 'html').map(brief)).toEqual([
      {type: 'item', text: 'The force should improve.', at: [14, 77], number: '3', listDepth: 1},
      {type: 'item', text: 'deep', at: [54, 67], listDepth: 2},
      {type: 'item', text: 'next', at: [77, 90], number: '4', listDepth: 1}
    ])
    expect(blocksOf('<ol><li><h3>Recommendation 1</h3><p>The force should act.</p></li></ol>', 'html').map(brief)).toEqual([
      {type: 'item', text: 'Recommendation 1', at: [12, 28], number: '1', listDepth: 1},
      {type: 'paragraph', text: 'The force should act.', at: [33, 61], listDepth: 1}
    ])
  })

  it('reads a Markdown item opening with nested quotes innermost first, the same in both paths', () => {
    const text = '1. > > inner\n   > >\n   > > inner2\n   >\n   > outer2\n\n   after\n2. next\n'
    expect(blocksOf(text, 'markdown').map(brief)).toEqual([
      {type: 'item', text: 'inner', at: [7, 12], number: '1', quoteDepth: 2, listDepth: 1},
      {type: 'paragraph', text: 'inner2', at: [27, 33], quoteDepth: 2, listDepth: 1},
      {type: 'paragraph', text: 'outer2', at: [44, 50], quoteDepth: 1, listDepth: 1},
      {type: 'paragraph', text: 'after', at: [55, 60], listDepth: 1},
      {type: 'item', text: 'next', at: [64, 68], number: '2', listDepth: 1}
    ])
    const {tree} = toMdast(text, {format: 'markdown'})
    const report: string[] = []
    reportBlocks(tree, text, 'markdown', (block) => report.push(`${block.type}:${block.text}`))
    expect(report).toEqual(['item:inner', 'paragraph:inner2', 'paragraph:outer2', 'paragraph:after', 'item:next'])
    expect(toBlocks(tree, text, true).map((block) => `${block.type}:${block.text}`)).toEqual(report)
  })

  it('reads nothing of code or HTML, even opening an item, and a pipe table row by row', () => {
    const markdown = '1. ```\n   code\n   ```\n   The force should act.\n\n<!-- a comment -->\n\n| Area | Grade |\n|---|---|\n| Investigating crime | Good |\n'
    const blocks = blocksOf(markdown, 'markdown')
    expect(blocks.map(brief)).toEqual([
      {type: 'paragraph', text: 'The force should act.', at: [25, 46], listDepth: 1},
      {type: 'row', text: '| Area | Grade |', at: [68, 84]},
      {type: 'row', text: '| Investigating crime | Good |', at: [95, 125]}
    ])
    expect(blocks[2]!.cells).toEqual(['Investigating crime', 'Good'])
    // A response reads a row as a paragraph.
    const {tree} = toMdast(markdown, {format: 'markdown'})
    expect(toBlocks(tree, markdown, true).map((block) => `${block.type}:${block.text}`)).toEqual([
      'paragraph:The force should act.',
      'paragraph:| Area | Grade |',
      'paragraph:| Investigating crime | Good |'
    ])
  })

  it('marks page furniture, which a report leaves out and a response keeps in place', () => {
    const markdown = 'Skip to content\n\n12\n\nThe force should act.\n'
    expect(blocksOf(markdown, 'markdown').map(brief)).toEqual([
      {type: 'paragraph', text: 'Skip to content', at: [0, 15], furniture: true},
      {type: 'paragraph', text: '12', at: [17, 19], furniture: true},
      {type: 'paragraph', text: 'The force should act.', at: [21, 42]}
    ])
    const {tree} = toMdast(markdown, {format: 'markdown'})
    const report: string[] = []
    reportBlocks(tree, markdown, 'markdown', (block) => report.push(block.text))
    expect(report).toEqual(['The force should act.'])
    expect(toBlocks(tree, markdown, true).map((block) => [block.text, block.furniture ?? false])).toEqual([
      ['Skip to content', true],
      ['12', true],
      ['The force should act.', false]
    ])
  })
})

describe('deep nesting', () => {
  const at = {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 5, offset: 4}}
  const paragraph = (): Paragraph => ({type: 'paragraph', children: [{type: 'text', value: 'deep', position: at}], position: at})
  // remark-parse itself takes seconds on 10,000 nested Markdown markers (it is quadratic in the
  // depth), so the trees are built here: the walk is what is tested.
  const deepTree = (): Root => {
    let quote: Blockquote = {type: 'blockquote', children: [paragraph()], position: at}
    for (let depth = 1; depth < 10_000; depth++) quote = {type: 'blockquote', children: [quote], position: at}
    let list: List = {type: 'list', ordered: true, children: [{type: 'listItem', children: [paragraph()], position: at}], position: at}
    for (let depth = 1; depth < 10_000; depth++) {
      const item: ListItem = {type: 'listItem', children: [paragraph(), list], position: at}
      list = {type: 'list', ordered: true, children: [item], position: at}
    }
    return {type: 'root', children: [quote, list]}
  }

  it('flattens 10,000 nested quotes and 10,000 nested lists without recursion', () => {
    const blocks: Block[] = []
    normaliseBlocks(deepTree(), 'deep', {sliceable: true, headingNames: () => false}, (block) => blocks.push(block))
    expect(blocks).toHaveLength(10_001)
    expect(brief(blocks[0]!)).toEqual({type: 'paragraph', text: 'deep', at: [0, 4], quoteDepth: 10_000})
    expect(blocks.slice(1).map((block) => `${block.type} ${block.listDepth}`)).toEqual(Array.from({length: 10_000}, (_, index) => `item ${index + 1}`))
  })

  it('reads the same deep tree in both paths', () => {
    const tree = deepTree()
    const report: Block[] = []
    reportBlocks(tree, 'deep', 'markdown', (block) => report.push(block))
    const response = toBlocks(tree, 'deep', true)
    expect(report).toHaveLength(10_001)
    expect(response.map((block) => `${block.type}:${block.text}`)).toEqual(report.map((block) => `${block.type}:${block.text}`))
    let nodes = 0
    walkTree(tree.children, undefined, (node) => {
      nodes++
      return 'children' in node ? [{nodes: node.children, state: undefined}] : undefined
    })
    expect(nodes).toBe(50_002)
  })
})

describe('plain text reads as the same page in HTML', () => {
  // What the readers see of a report: block type, words (whitespace runs as one space), item number.
  const blocksOf = (input: string, format: 'text' | 'html') => {
    const {tree, file} = toMdast(input, {format})
    const blocks: Array<[string, string, string?]> = []
    reportBlocks(tree, String(file.value), format, (block) => {
      blocks.push(block.number === undefined ? [block.type, block.text.replace(/\s+/g, ' ')] : [block.type, block.text.replace(/\s+/g, ' '), block.number])
    })
    return blocks
  }
  const html = (body: string) => `<!doctype html><html><body>\n${body}\n</body></html>`
  /** The page as text and as HTML gives the readers `expected`. */
  const readsAlike = (text: string, page: string, expected: Array<[string, string, string?]>) => {
    expect(blocksOf(text, 'text')).toEqual(expected)
    expect(blocksOf(page, 'html')).toEqual(expected)
  }
  const grades = (input: string, format: 'text' | 'html') => parseReport(input, {format}).report.grades.map((grade) => [grade.subject, grade.grade, grade.area])
  const findings = (input: string, format: 'text' | 'html') => parseReport(input, {format}).report.findings.map((finding) => [finding.kind, finding.text])

  it('reads a sentence wrapped across lines as one line, and quotes it as printed', () => {
    const text = 'Cleveland Fire Brigade\n\nThe extent to which the service looks after its people is\ngood.\n'
    const page = html('<h1>Cleveland Fire Brigade</h1>\n<p>The extent to which the service looks after its people is\ngood.</p>')
    readsAlike(text, page, [
      ['heading', 'Cleveland Fire Brigade'],
      ['paragraph', 'The extent to which the service looks after its people is good.']
    ])
    // Not "The extent … is" graded by a "good." line under it.
    expect(grades(text, 'text')).toEqual([['Cleveland Fire Brigade', 'good', 'looks after its people']])
    expect(grades(page, 'html')).toEqual(grades(text, 'text'))
    const [grade] = parseReport(text, {format: 'text'}).report.grades
    expect(text.slice(grade!.position.start.offset, grade!.position.end.offset)).toBe(grade!.quote)
    expect(grade!.quote).toContain('is\ngood')
  })

  it('reads a heading line wrapped before its last word as the heading it names', () => {
    const text = 'Cause of\nconcern\n\nThe force does not understand the demand it faces.\n'
    const page = html('<p>Cause of\nconcern</p>\n<p>The force does not understand the demand it faces.</p>')
    readsAlike(text, page, [
      ['heading', 'Cause of concern'],
      ['paragraph', 'The force does not understand the demand it faces.']
    ])
    expect(findings(text, 'text')).toEqual([['cause-of-concern', 'The force does not understand the demand it faces.']])
    expect(findings(page, 'html')).toEqual(findings(text, 'text'))
  })

  it('reads a grade alone on its line as a line of its own, in lower case too, but not a sentence ending in its grade', () => {
    const text = 'Surrey Police\n\nPreventing crime\ngood\n\nResponding to the public\nrequires improvement\n\nThe extent to which the force is legitimate is\ngood.\n'
    const page = html('<h1>Surrey Police</h1>\n<h1>Preventing crime</h1>\n<p>good</p>\n<h1>Responding to the public</h1>\n<p>requires improvement</p>\n<p>The extent to which the force is legitimate is\ngood.</p>')
    readsAlike(text, page, [
      ['heading', 'Surrey Police'],
      ['heading', 'Preventing crime'],
      ['paragraph', 'good'],
      ['heading', 'Responding to the public'],
      ['paragraph', 'requires improvement'],
      ['paragraph', 'The extent to which the force is legitimate is good.']
    ])
    expect(grades(text, 'text')).toEqual([
      ['Surrey Police', 'good', 'Preventing crime'],
      ['Surrey Police', 'requires-improvement', 'Responding to the public'],
      ['Surrey Police', 'good', 'is legitimate']
    ])
    expect(grades(page, 'html')).toEqual(grades(text, 'text'))
  })

  it('numbers items as printed: a number that does not follow the last one starts a new list', () => {
    const text = 'Recommendations\n\n1. The force should act.\n2. The force should train.\n1. Introduction\n4. Context for the force\n'
    const page = html(
      '<h2>Recommendations</h2>\n<ol><li><p>The force should act.</p></li><li><p>The force should train.</p></li></ol>\n<ol><li><p>Introduction</p></li></ol>\n<ol start="4"><li><p>Context for the force</p></li></ol>'
    )
    readsAlike(text, page, [
      ['heading', 'Recommendations'],
      ['item', 'The force should act.', '1'],
      ['item', 'The force should train.', '2'],
      ['item', 'Introduction', '1'],
      ['item', 'Context for the force', '4']
    ])
  })

  it('reads no item of a bullet with nothing after it, and no table of a line opening with one pipe', () => {
    const text = '|Printable version\n\n• The force should act.\n•\u00A0\n• The force should train.\n\n| Area | Grade |\n'
    const page = html('<p>|Printable version</p>\n<ul><li><p>The force should act.</p></li><li></li><li><p>The force should train.</p></li></ul>\n<table><tr><td>Area</td><td>Grade</td></tr></table>')
    expect(blocksOf(text, 'text')).toEqual([
      ['paragraph', '|Printable version'],
      ['item', 'The force should act.'],
      ['item', 'The force should train.'],
      ['row', '| Area | Grade |']
    ])
    expect(blocksOf(page, 'html').slice(0, 3)).toEqual(blocksOf(text, 'text').slice(0, 3))
    expect(blocksOf(page, 'html')[3]).toEqual(['row', 'Area | Grade'])
  })
})
