import {readFileSync, readdirSync} from 'node:fs'
import type {Node} from 'unist'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {BinaryInputError, EmptyInputError, InputError, MarkdownTooDenseError, NestingTooDeepError, UnsupportedFormatError, sniffFormat, toMdast} from '../src/index.js'
import {densityLimits, markdownTooDense} from '../src/lib/input/density.js'
import {htmlTooDeep, markdownTooDeep} from '../src/lib/input/nesting.js'

const seedPath = new URL('../../../fixtures/seed/warwickshire-pcc-response-west-midlands-soc-2024.txt', import.meta.url)
const seed = readFileSync(seedPath, 'utf8')

function everyNode(node: Node, visit: (node: Node) => void): void {
  visit(node)
  for (const child of (node as {children?: Node[]}).children ?? []) everyNode(child, visit)
}

describe('toMdast: plain text', () => {
  const {tree, format, file} = toMdast(seed, {path: 'seed.txt'})

  it('reads .txt as plain text and keeps the decoded text on the file', () => {
    expect(format).toBe('text')
    expect(file.value).toBe(seed)
  })

  it('gives every node a position whose slice is the text of its text nodes', () => {
    let count = 0
    everyNode(tree, (node) => {
      expect(node.position).toBeDefined()
      const {start, end} = node.position!
      const lineStart = seed.lastIndexOf('\n', start.offset! - 1) + 1
      expect(start.column).toBe(start.offset! - lineStart + 1)
      expect(seed.split('\n', start.line).length).toBe(start.line)
      if (node.type === 'text') expect(seed.slice(start.offset, end.offset)).toBe((node as unknown as {value: string}).value)
      count++
    })
    expect(count).toBe(274)
  })

  it('recognises bare-line and numbered headings, bullets and numbered items', () => {
    const headings = tree.children.filter((node) => node.type === 'heading')
    const text = (node: Node) => seed.slice(node.position!.start.offset, node.position!.end.offset)
    expect(headings.map(text).slice(0, 8)).toEqual([
      'Skip to content',
      'Text size: A A A',
      'Open Menu',
      'Response to HMICFRS report: An inspection of the West Midlands regional response to serious and organised crime',
      '1.\u00A0 Local Policing Body’s Comments.',
      '1.1. Regional Findings',
      'Area for improvement',
      'Innovative Practice'
    ])
    const lists = tree.children.filter((node) => node.type === 'list')
    expect(lists.map((list) => [list.ordered, list.children.length])).toEqual([
      [true, 2], [false, 5], [true, 1], [false, 5], [false, 8], [false, 2], [true, 1], [true, 1],
      [false, 7], [true, 3], [true, 1], [true, 1], [true, 1], [true, 1], [true, 1], [true, 1], [true, 1], [true, 1]
    ])
  })

  it('reads numbered items of up to six digits', () => {
    const text = '999. The force should act.\n1000. The force should train.\n123456. The force should review.\n'
    const lists = toMdast(text, {format: 'text'}).tree.children
    // 123456 does not follow 1000: a list of its own, starting there.
    expect(lists.map((list) => list.type === 'list' && [list.start, list.children.map((item) => text.slice(item.position!.start.offset, item.position!.end.offset))])).toEqual([
      [999, ['999. The force should act.', '1000. The force should train.']],
      [123456, ['123456. The force should review.']]
    ])
  })

  it('joins a word hyphenated across lines and lines that continue in lower case (PDF text)', () => {
    const pdf = 'Cause of concern\n\nThe force does not under-\nstand its demand, and its plans\nare not coherent.\n\n12'
    const {tree} = toMdast(pdf, {format: 'text'})
    expect(tree.children.map((node) => node.type)).toEqual(['heading', 'paragraph'])
    const paragraph = tree.children[1]!
    expect(pdf.slice(paragraph.position!.start.offset, paragraph.position!.end.offset)).toBe(
      'The force does not under-\nstand its demand, and its plans\nare not coherent.'
    )
    expect(paragraph.position!.end).toEqual({line: 5, column: 18, offset: 93})
  })

  it('keeps a cut-off last line as text, not a heading', () => {
    const {tree} = toMdast('Cause of concern\n\nThe service’s mobilisation syste', {format: 'text'})
    expect(tree.children.map((node) => node.type)).toEqual(['heading', 'paragraph'])
  })
})

describe('toMdast: formats', () => {
  it('picks the format from the extension, then sniffs, and can be forced', () => {
    expect(toMdast('# Title', {path: 'a.txt'}).format).toBe('text')
    expect(toMdast('Title', {path: 'a.md'}).format).toBe('markdown')
    expect(toMdast('<p>Title</p>', {path: 'a.htm'}).format).toBe('html')
    expect(toMdast('<!doctype html><title>x</title><p>Title</p>').format).toBe('html')
    expect(toMdast('## Areas for improvement\n\n* The force should').format).toBe('markdown')
    expect(toMdast('# Title', {format: 'text'}).format).toBe('text')
    expect(sniffFormat('Areas for improvement\n  • The force should improve.')).toBe('text')
  })

  it('builds mdast from HTML through rehype-remark, with positions into the HTML', () => {
    const html = '<h2>Cause of concern</h2>\n<p>The force does not understand its demand.</p>'
    const {tree} = toMdast(html, {format: 'html'})
    expect(tree.children.map((node) => node.type)).toEqual(['heading', 'paragraph'])
    expect(tree.children[1]!.position!.start.offset).toBe(26)
  })

  it('reads a saved page’s content, not its chrome: the one <main>, or the page without its menus, banner, sidebar, footer and hidden parts', () => {
    const texts = (html: string) => {
      const {tree, file} = toMdast(html, {format: 'html'})
      return tree.children.map((node) => String(file.value).slice(node.position!.start.offset, node.position!.end.offset))
    }
    const chrome = '<header><nav><a>Areas for improvement</a></nav></header><div role="navigation"><p>Home</p></div><p hidden>Hidden.</p><div aria-hidden="true"><p>Also hidden.</p></div>'
    const sidebar = '<aside><p>The force requires improvement at investigating crime.</p></aside><footer><p>Recommendations</p></footer>'
    // With one <main>, the page is that element: text outside it (a cookie notice) goes too.
    expect(texts(`<body><p>We use cookies.</p>${chrome}<main><h1>Kent 2018/19</h1><p>The service is good.</p></main>${sidebar}</body>`)).toEqual([
      '<h1>Kent 2018/19</h1>',
      '<p>The service is good.</p>'
    ])
    // Without one, the page's own landmarks go; an article's header and an aside inside content stay
    // (a box of findings may be an aside).
    expect(
      texts(`<body>${chrome}<article><header><h1>Kent 2018/19</h1></header><p>The service is good.</p><aside><p>Innovative practice</p></aside></article>${sidebar}</body>`)
    ).toEqual(['<h1>Kent 2018/19</h1>', '<p>The service is good.</p>', '<p>Innovative practice</p>'])
    // Two <main> elements (one hidden is still one too many to choose): neither is picked, both read.
    expect(texts('<body><main><p>One.</p></main><main><p>Two.</p></main></body>')).toEqual(['<p>One.</p>', '<p>Two.</p>'])
  })

  it('reads a Markdown line holding only no-break or other Unicode spaces as blank, keeping offsets', () => {
    const text = 'I welcome the report.\r\n\u00a0 \u3000\r\n2.\u00a0 Comments from the Chief Constable\n\u00a0\n**Next**'
    const {tree, file} = toMdast(text, {format: 'markdown'})
    expect(file.value).toBe(text)
    expect(tree.children.map((node) => [node.type, text.slice(node.position!.start.offset, node.position!.end.offset)])).toEqual([
      ['paragraph', 'I welcome the report.'],
      ['paragraph', '2.\u00a0 Comments from the Chief Constable'],
      ['paragraph', '**Next**']
    ])
  })

  it('reads a VFile, keeping its path', () => {
    const file = new VFile({path: 'report.md', value: '## Recommendations'})
    const result = toMdast(file)
    expect(result.file).toBe(file)
    expect(result.format).toBe('markdown')
    expect(result.tree.children[0]!.type).toBe('heading')
  })
})

describe('toMdast: bad input', () => {
  it('rejects empty and whitespace-only input, naming the file', () => {
    expect(() => toMdast('', {path: 'empty.txt'})).toThrow(EmptyInputError)
    expect(() => toMdast(new Uint8Array(), {path: 'empty.txt'})).toThrow(
      'Cannot read empty.txt: expected report or response text, found no bytes'
    )
    expect(() => toMdast(' \n\t ')).toThrow('Cannot read input: expected report or response text, found only whitespace (4 characters)')
  })

  it('rejects binary data with the first bytes echoed', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])
    expect(() => toMdast(png, {path: 'chart.png'})).toThrow(BinaryInputError)
    expect(() => toMdast(png, {path: 'chart.png'})).toThrow(
      'Cannot read chart.png: expected text (UTF-8, UTF-16 or Windows-1252), found binary data (a NUL character at offset 8; starts 89 50 4e 47 0d 0a 1a 0a)'
    )
    expect(() => toMdast('\u0001\u0002\u0003\u0004abc')).toThrow(InputError)
  })

  it('rejects an unknown format', () => {
    expect(() => toMdast('x', {format: 'pdf' as 'text', path: 'a.pdf'})).toThrow(UnsupportedFormatError)
    expect(() => toMdast('x', {format: 'pdf' as 'text', path: 'a.pdf'})).toThrow(
      'Cannot read a.pdf: expected format `markdown`, `text` or `html`, found "pdf"'
    )
  })

  it('refuses lists and quotes nested deeper than any document, naming the file and the line, before parsing', () => {
    const markdown = `# Comments\n\n${'- '.repeat(10_000)}I welcome the report.\n`
    expect(() => toMdast(markdown, {path: 'deep.md'})).toThrow(NestingTooDeepError)
    expect(() => toMdast(markdown, {path: 'deep.md'})).toThrow(
      'Cannot read deep.md: expected Markdown lists and quotes nested at most 2000 levels deep, found deeper nesting on line 3'
    )
    expect(() => toMdast(`${'> '.repeat(2_001)}x`, {format: 'markdown'})).toThrow(NestingTooDeepError)
    const html = `<h2>Areas for improvement</h2>\n${'<ul><li>'.repeat(10_000)}The force should improve.`
    expect(() => toMdast(html, {path: 'deep.html'})).toThrow(
      'Cannot read deep.html: expected HTML elements nested at most 1100 levels deep, found deeper nesting on line 2'
    )
    expect(() => toMdast('<blockquote>'.repeat(100_000), {format: 'html'})).toThrow(NestingTooDeepError)
    // The same depths as text are lines, not nesting.
    expect(toMdast(markdown, {format: 'text'}).tree.children.length).toBeGreaterThan(0)
  })

  it('counts nesting as the parsers build it: indentation before a marker, siblings of unclosed items', () => {
    expect([markdownTooDeep('- a\n  - b\n    - c', 3), markdownTooDeep('- a\n  - b\n    - c', 2), markdownTooDeep('1. 2) > - * + x', 5)]).toEqual([undefined, {line: 3}, {line: 1}])
    // Rules and numbers are no markers; a marker alone on its line still opens an item.
    expect([markdownTooDeep('---\n***\n1.5 million', 0), markdownTooDeep('-\n-\n-', 1), markdownTooDeep('x\n- -', 1)]).toEqual([undefined, undefined, {line: 2}])
    expect([htmlTooDeep('<ul><li>a<li>b<li>c</ul><p>x<p>y', 2), htmlTooDeep('<div><br><img src="a"/><hr/></div>', 1), htmlTooDeep('<div><div><div>x', 2)]).toEqual([
      undefined,
      undefined,
      {line: 1}
    ])
    // Stray closing tags and a `<` with no `>` after it end nothing and cost one pass.
    expect(htmlTooDeep(`${'</span>'.repeat(100_000)}<div><div>${'<a'.repeat(100_000)}`, 1)).toEqual({line: 1})
  })

  it('refuses Markdown remark-parse is super-linear on (link labels, emphasis markers, backtick runs), naming the file and the line, before parsing', () => {
    // 250,000 unclosed links: remark-parse would take hours; the scan refuses at the 1,001st label.
    const links = `# Comments\n\nI welcome the report.\n\n${'[a]('.repeat(250_000)}`
    expect(() => toMdast(links, {path: 'links.md'})).toThrow(MarkdownTooDenseError)
    expect(() => toMdast(links, {path: 'links.md'})).toThrow(
      'Cannot read links.md: expected at most 1000 link labels (`[…]`, with or without a link after them) in one Markdown paragraph, found 1001 by line 5'
    )
    expect(() => toMdast(`Comments\n\n${'a* '.repeat(250_000)}`, {path: 'stars.md'})).toThrow(
      'Cannot read stars.md: expected at most 1000 emphasis markers (runs of `*` or `_` not spaced on both sides) in one Markdown paragraph, found 1001 by line 3'
    )
    const backticks = `Comments\n\n${'`'.repeat(65)} a`
    expect(() => toMdast(backticks, {format: 'markdown'})).toThrow(
      'Cannot read input: expected runs of at most 64 backticks in Markdown, found a run of 65 on line 3'
    )
    const error = (() => {
      try {
        toMdast(`x\n${'[a]'.repeat(1_001)}`, {path: 'refs.md'})
      } catch (caught) {
        return caught as MarkdownTooDenseError
      }
    })()
    expect([error?.code, error?.path, error?.line, error?.construct]).toEqual(['markdown-too-dense', 'refs.md', 2, 'link labels'])
    // The same text read as plain text has no links to parse.
    expect(toMdast(links, {format: 'text'}).tree.children.length).toBeGreaterThan(0)
  })

  it('refuses emphasis markers after much other markup in a paragraph, each of which they look back through', () => {
    // Under the other limits (no label closed, 1,000 markers), remark-parse took 6 s on this paragraph.
    const cases = {
      'unclosed labels': '[a '.repeat(100_000),
      'character references': '&amp; '.repeat(100_000),
      'escapes': '\\*a '.repeat(100_000),
      'line endings': 'a\n'.repeat(100_000)
    }
    const refused = Object.entries(cases).map(([name, markup]) => {
      try {
        toMdast(`Comments\n\n${markup}${'a* '.repeat(1_000)}`, {path: `${name}.md`})
      } catch (caught) {
        const error = caught as MarkdownTooDenseError
        return [name, error.name, error.construct]
      }
      return [name, 'read']
    })
    expect(refused).toEqual(Object.keys(cases).map((name) => [name, 'MarkdownTooDenseError', 'emphasis look-back']))
    expect(() => toMdast(`Comments\n\n${cases['unclosed labels']}${'a* '.repeat(1_000)}`, {path: 'labels.md'})).toThrow(
      'Cannot read labels.md: expected at most 1000000 emphasis look-back (each emphasis marker counts one for every bracket, backslash, `&`, `<`, `!`, backtick, emphasis marker and line ending before it) in one Markdown paragraph, found 1000065 by line 3'
    )
    // 1,000 markers after 400 pieces of markup (900,500 in all), or in a paragraph of their own after any, are read.
    expect(toMdast(`${'[a '.repeat(400)}${'a* '.repeat(1_000)}`, {format: 'markdown'}).tree.children).toHaveLength(1)
    expect(toMdast(`${cases['unclosed labels']}\n\n${'a* '.repeat(1_000)}`, {format: 'markdown'}).tree.children).toHaveLength(2)
  })

  it('counts labels and emphasis markers a paragraph at a time and backtick runs by length, skipping escapes', () => {
    const limit = (construct: keyof typeof densityLimits, value: number) => ({...densityLimits, [construct]: value})
    expect([markdownTooDense('[a] [b] [c]', limit('link labels', 2)), markdownTooDense('[a] [b]\n \n[c]', limit('link labels', 2)), markdownTooDense('[a] [b]\nline\n[c](', limit('link labels', 2))]).toEqual([
      {construct: 'link labels', limit: 2, found: 3, line: 1},
      undefined,
      {construct: 'link labels', limit: 2, found: 3, line: 3}
    ])
    // A `]` with no `[` open, an escaped bracket, and brackets nested in one another.
    expect([markdownTooDense('] ] \\[a] \\[b]', limit('link labels', 0)), markdownTooDense('[[a]]', limit('link labels', 1))?.found]).toEqual([undefined, 2])
    // Bullets, rules and spaced markers cannot open or close emphasis; `**a**` is two markers, `\\*` none.
    expect([
      markdownTooDense('* a\n  * b\n\n* * *\n\n2 * 3 _ 4 \\*x\\*', limit('emphasis markers', 0)),
      markdownTooDense('**a** _b_', limit('emphasis markers', 3)),
      markdownTooDense('a*\n\nb*', limit('emphasis markers', 1))
    ]).toEqual([undefined, {construct: 'emphasis markers', limit: 3, found: 4, line: 1}, undefined])
    // Each marker counts the markup before it in its paragraph, itself included (9 + 10); a blank line starts again.
    expect([
      markdownTooDense('[a\n&b <c !d `e` \\f *g*', limit('emphasis look-back', 19)),
      markdownTooDense('[a\n&b <c !d `e` \\f *g*', limit('emphasis look-back', 18)),
      markdownTooDense('[a [b [c\n\n*g*', limit('emphasis look-back', 5)),
      markdownTooDense('[a [b [c\n*g*', limit('emphasis look-back', 5))
    ]).toEqual([
      undefined,
      {construct: 'emphasis look-back', limit: 18, found: 19, line: 2},
      undefined,
      {construct: 'emphasis look-back', limit: 5, found: 11, line: 2}
    ])
    expect([markdownTooDense('```\ncode\n```', limit('backticks', 3)), markdownTooDense('a ````` b', limit('backticks', 4)), markdownTooDense('\\````', limit('backticks', 3))]).toEqual([
      undefined,
      {construct: 'backticks', limit: 4, found: 5, line: 1},
      undefined
    ])
  })

  it('never refuses a real document as Markdown', () => {
    const fixtures = new URL('../../../fixtures/', import.meta.url)
    const documents = readdirSync(fixtures, {recursive: true, encoding: 'utf8'}).filter((name) => /\.(md|txt|html)$/.test(name))
    expect(documents.length).toBeGreaterThan(400)
    expect(documents.filter((name) => markdownTooDense(readFileSync(new URL(name, fixtures), 'utf8')) !== undefined)).toEqual([])
  })

  it('decodes UTF-8 and UTF-16 byte order marks', () => {
    const text = 'Cause of concern — ‘accelerated’'
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])
    expect(toMdast(utf8).file.value).toBe(text)
    const utf16le = new Uint8Array(2 + text.length * 2)
    const utf16be = new Uint8Array(2 + text.length * 2)
    utf16le.set([0xff, 0xfe])
    utf16be.set([0xfe, 0xff])
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index)
      utf16le.set([code & 0xff, code >> 8], 2 + index * 2)
      utf16be.set([code >> 8, code & 0xff], 2 + index * 2)
    }
    expect(toMdast(utf16le).file.value).toBe(text)
    expect(toMdast(utf16be).file.value).toBe(text)
  })

  it('falls back to Windows-1252 for invalid UTF-8 (old Word exports), with a message', () => {
    // “Good” with Windows-1252 curly quotes, and an en dash.
    const bytes = new Uint8Array([0x93, 0x47, 0x6f, 0x6f, 0x64, 0x94, 0x20, 0x96, 0x20, 0x41])
    const {file} = toMdast(bytes, {path: 'old.txt'})
    expect(file.value).toBe('“Good” – A')
    expect(file.messages.map((message) => [message.ruleId, message.reason])).toEqual([
      ['encoding', 'Unexpected bytes that are not UTF-8, expected UTF-8 text; read as Windows-1252']
    ])
  })

  it('tells UTF-16 saved without a byte order mark by its NUL bytes, in either order', () => {
    const text = 'Cause of concern — ‘accelerated’\nThe force should improve.'
    const utf16le = new Uint8Array(text.length * 2)
    const utf16be = new Uint8Array(text.length * 2)
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index)
      utf16le.set([code & 0xff, code >> 8], index * 2)
      utf16be.set([code >> 8, code & 0xff], index * 2)
    }
    expect([toMdast(utf16le).file.value, toMdast(utf16be).file.value]).toEqual([text, text])
    // A binary file with a NUL in every other byte is still binary.
    expect(() => toMdast(new Uint8Array(64).map((_, index) => (index % 2 === 0 ? 1 : 0)), {path: 'table.bin'})).toThrow(BinaryInputError)
  })

  it('keeps the UTF-8 characters of a file with a few bytes that are not UTF-8, reading those as Windows-1252', () => {
    // “Café” in UTF-8, then a passage pasted from a Windows-1252 file: curly quotes 0x93/0x94, an en dash 0x96.
    const bytes = new Uint8Array([...new TextEncoder().encode('Café résumé: '), 0x93, 0x41, 0x94, 0x20, 0x96, 0x20, ...new TextEncoder().encode('‘done’')])
    const {file} = toMdast(bytes, {path: 'pasted.txt'})
    expect(file.value).toBe('Café résumé: “A” – ‘done’')
    expect(file.messages.map((message) => message.ruleId)).toEqual(['encoding'])
    // Sequences UTF-8 forbids are bytes, not characters: overlong (C0 80, E0 80 80), a surrogate
    // (ED A0 80), past U+10FFFF (F4 90 80 80), a lead byte with no continuation (C3 at the end).
    const forbidden = new Uint8Array([0x41, 0xc0, 0x80, 0xe0, 0x80, 0x80, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80, 0xc3])
    expect(toMdast(forbidden, {path: 'forbidden.txt'}).file.value).toBe('AÀ€à€€í\u00A0€ô\u0090€€Ã')
    // Four-byte characters (outside the Basic Multilingual Plane) survive beside a foreign byte.
    expect(toMdast(new Uint8Array([...new TextEncoder().encode('😀 '), 0x92]), {path: 'emoji.txt'}).file.value).toBe('😀 ’')
  })

  it('names a PDF or a Word document given as text, and the package that reads it', () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n\u0000\u0001 1 0 obj')
    expect(() => toMdast(pdf, {path: 'report.txt'})).toThrow(
      'Cannot read report.txt: expected text (UTF-8, UTF-16 or Windows-1252), found binary data (a PDF, which @scrutiny/convert reads, not text; a NUL character at offset 9; starts 25 50 44 46 2d 31 2e 37)'
    )
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0])
    expect(() => toMdast(zip, {path: 'response.md'})).toThrow('found binary data (a zip archive such as a Word document, which @scrutiny/convert reads, not text; a NUL')
  })

  it('reads a 1 MB line without breaks and a 20 MB file in each format', () => {
    const line = 'The force should improve '.repeat(42_000)
    for (const format of ['text', 'markdown', 'html'] as const) {
      const {tree} = toMdast(line, {format})
      expect(tree.children).toHaveLength(1)
    }
    const big = (seed + '\n\n').repeat(Math.ceil(20_000_000 / seed.length))
    const {tree} = toMdast(big, {format: 'text'})
    expect(tree.children.length).toBeGreaterThan(80_000)
  })

  it('stays linear on adversarial lines (runs of markers, spaces, digits and dashes)', () => {
    for (const piece of ['1.', ' a', '9', '-', '•', '1.1.', ':–', 'a)']) {
      const text = piece.repeat(200_000)
      expect(toMdast(text + '\n' + text, {format: 'text'}).tree.children.length).toBeGreaterThan(0)
    }
  })
})

describe('toMdast: PDF page furniture in plain text', () => {
  it('drops page numbers and running headers, keeping numbered finding headings', () => {
    const page = (number: number, body: string) =>
      `Cleveland police custody suites ${number}\n\n${body}\n\nPage ${number} of 3\n\n`
    const text =
      page(1, 'Recommendation 1\n\nThe force should act.') +
      page(2, 'Recommendation 2\n\nThe force should review.') +
      page(3, 'Recommendation 3\n\nThe force should train.\n\n12')
    const {tree} = toMdast(text, {format: 'text'})
    expect(tree.children.map((node) => text.slice(node.position!.start.offset, node.position!.end.offset))).toEqual([
      'Recommendation 1',
      'The force should act.',
      'Recommendation 2',
      'The force should review.',
      'Recommendation 3',
      'The force should train.'
    ])
  })
})
