import {CorruptDocumentError, ZipBombError, readDocument} from '@scrutiny/convert'
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  HeadingLevel,
  InsertedTextRun,
  Packer,
  Paragraph,
  TextRun
} from 'docx'
import {strFromU8, unzipSync} from 'fflate'
import mammoth from 'mammoth'
import {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {EncryptedDocxError, annotateDocx, commentAuthor, draftResponse, draftToDocx} from '../src/index.js'
import {dropExtendedEntries} from '../src/lib/annotate/comments.js'
import {bodyParagraphs} from '../src/lib/annotate/paragraphs.js'
import {lintDocument, repositoryFile, seedReport} from './helpers.js'

const date = '2024-07-01T09:00:00Z'
const seedDocx = repositoryFile('fixtures/docx/warwickshire-pcc-response-west-midlands-soc-2024.docx')

function part(bytes: Uint8Array, name: string): string | undefined {
  const entry = unzipSync(bytes)[name]
  return entry && strFromU8(entry)
}

/** The comments of a document: author and the text of each paragraph. */
function comments(bytes: Uint8Array): Array<{id: string; author: string; text: string[]}> {
  const xml = part(bytes, 'word/comments.xml') ?? ''
  return [...xml.matchAll(/<w:comment\b[^>]*w:id="(\d+)"[^>]*w:author="([^"]*)"[^>]*>([\s\S]*?)<\/w:comment>/g)].map(([, id, author, body]) => ({
    id: id!,
    author: author!,
    text: [...body!.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map(([paragraph]) => [...paragraph.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''))
  }))
}

/** The document text a comment's range covers. */
function anchoredText(bytes: Uint8Array, id: string): string {
  const xml = part(bytes, 'word/document.xml')!
  const start = xml.indexOf(`<w:commentRangeStart w:id="${id}"/>`)
  const end = xml.indexOf(`<w:commentRangeEnd w:id="${id}"/>`)
  expect(start).toBeGreaterThan(0)
  expect(end).toBeGreaterThan(start)
  return [...xml.slice(start, end).matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('')
}

async function rawText(bytes: Uint8Array): Promise<string> {
  return (await mammoth.extractRawText({buffer: Buffer.from(bytes)})).value
}

describe.each([
  [
    'the seed response (a real Word file)',
    async () => seedDocx,
    1,
    [
      "Should check: The response cites section 55(1) (the inspectors' duty to publish) rather than the body's own duties in section 55(4)-(6).",
      'What to do: Cite section 55(5) of the Police Act 1996.',
      'Why: Saying that this is the response under section 55 tells readers what it is and which duties it meets. (Police Act 1996 s.55(4)-(6); section55.md §8 GP-CITE-S55)',
      'More: https://github.com/scrutiny-dev/scrutiny/blob/main/docs/rules.md#cites-section-55'
    ]
  ],
  [
    'a draft with its placeholders left',
    async () => draftToDocx(draftResponse(seedReport, {body: 'warwickshire'})),
    21,
    [
      'Must fix: The draft still has a placeholder: “[Insert the Police and Crime Commissioner’s comments on the report]”.',
      'What to do: Replace it with the Police and Crime Commissioner’s comments on the report.',
      'Why: A placeholder left in a draft is not yet any of the comments or responses the law requires to be published. (Police Act 1996 s.55(5))',
      'More: https://github.com/scrutiny-dev/scrutiny/blob/main/docs/rules.md#placeholders-filled'
    ]
  ]
] as const)('annotateDocx on %s', (_, load, count, firstComment) => {
  it('adds one comment by Scrutiny per message, in plain words: what is missing, what to do, why', async () => {
    const bytes = await load()
    const {messages} = await lintDocument(bytes, seedReport, 'strict')
    expect(messages).toHaveLength(count)
    const annotated = await annotateDocx(bytes, messages, {path: 'response.docx', date})
    const written = comments(annotated)
    expect(written.map((comment) => comment.author)).toEqual(Array(count).fill(commentAuthor))
    const first = messages[0]!
    expect(written[0]!.text).toEqual([
      `${first.fatal ? 'Must fix' : 'Should check'}: ${first.plain}`,
      ...(first.fix ? [`What to do: ${first.fix}`] : []),
      `Why: ${first.why} (${first.note})`,
      `More: ${first.url}`
    ])
    expect(written[0]!.text).toEqual(firstComment)
    // The developer form ("Unexpected …, expected …") stays for the developer tools.
    expect(written.some((comment) => comment.text.some((line) => line.includes('Unexpected')))).toBe(false)
  })

  it('keeps the text for mammoth, lints exactly as the original, and replaces its own comments when run again', async () => {
    const bytes = await load()
    const {messages} = await lintDocument(bytes, seedReport, 'strict')
    const annotated = await annotateDocx(bytes, messages, {date})
    expect(await rawText(annotated)).toBe(await rawText(bytes))
    const again = await lintDocument(annotated, seedReport, 'strict')
    expect(again.messages.map(String)).toEqual(messages.map(String))
    const twice = await annotateDocx(annotated, again.messages, {date})
    expect(comments(twice)).toHaveLength(count)
    expect(twice).toEqual(annotated)
  })
})

describe('annotateDocx anchors', () => {
  it('each placeholder’s comment on the paragraph that holds it, and a whole-document message on the title', async () => {
    const draft = draftResponse(seedReport, {body: 'warwickshire'})
    const bytes = await draftToDocx(draft)
    const {messages} = await lintDocument(bytes, seedReport, 'recommended')
    const whole = new VFileMessage('Unexpected response without a link to the report, expected the HMICFRS address of the report', {ruleId: 'report-linked'})
    const annotated = await annotateDocx(bytes, [...messages, whole], {date})
    const written = comments(annotated)
    for (const [index, message] of messages.entries()) {
      expect(anchoredText(annotated, written[index]!.id)).toContain(String(message.actual))
    }
    expect(anchoredText(annotated, written.at(-1)!.id)).toBe(`Response to HMICFRS report: ${seedReport.title}`)
    // A message that is not the linter's has no plain form: its reason, and what it expects.
    expect(written.at(-1)!.text).toEqual([
      'Info: Unexpected response without a link to the report, expected the HMICFRS address of the report (report-linked)',
      'What to add: the HMICFRS address of the report'
    ])
  })
})

describe('annotateDocx leaves the rest of the document as it was', () => {
  // A document as an officer leaves it: a colleague's comment and tracked changes.
  async function reviewedDraft(): Promise<Uint8Array> {
    const document = new Document({
      comments: {children: [{id: 0, author: 'A. Officer', initials: 'AO', date: new Date('2024-06-20T10:00:00Z'), children: [new Paragraph('Check with the force.')]}]},
      sections: [
        {
          children: [
            new Paragraph({text: 'Response to HMICFRS report: An inspection of the West Midlands regional response to serious and organised crime', heading: HeadingLevel.TITLE}),
            new Paragraph({text: 'Comments of the Police and Crime Commissioner for Warwickshire', heading: HeadingLevel.HEADING_1}),
            new Paragraph({
              children: [
                new CommentRangeStart(0),
                new TextRun('I welcome the report. '),
                new CommentRangeEnd(0),
                new TextRun({children: [new CommentReference(0)]}),
                new InsertedTextRun({id: 1, author: 'A. Officer', date: '2024-06-20T10:00:00Z', text: 'I will monitor progress. '}),
                new DeletedTextRun({id: 2, author: 'A. Officer', date: '2024-06-20T10:00:00Z', text: 'No further comment.'})
              ]
            })
          ]
        }
      ]
    })
    return new Uint8Array(await Packer.toArrayBuffer(document))
  }

  it('keeps people’s comments, tracked changes, styles and numbering, through two runs', async () => {
    const bytes = await reviewedDraft()
    const {messages} = await lintDocument(bytes, seedReport, 'strict')
    expect(messages.length).toBeGreaterThan(3)
    const once = await annotateDocx(bytes, messages, {date})
    const twice = await annotateDocx(once, messages, {date})
    for (const annotated of [once, twice]) {
      const written = comments(annotated)
      expect(written.filter((comment) => comment.author === 'A. Officer')).toEqual([{id: '0', author: 'A. Officer', text: ['Check with the force.']}])
      expect(written.filter((comment) => comment.author === commentAuthor)).toHaveLength(messages.length)
      expect(anchoredText(annotated, '0')).toBe('I welcome the report. ')
      const document = part(annotated, 'word/document.xml')!
      expect(document).toContain('<w:commentReference w:id="0"/>')
      expect(document.match(/<w:ins /g)).toHaveLength(1)
      expect(document.match(/<w:del /g)).toHaveLength(1)
      for (const name of ['word/styles.xml', 'word/numbering.xml', 'word/commentsExtended.xml', 'word/settings.xml']) {
        expect(part(annotated, name)).toBe(part(bytes, name))
      }
    }
    expect(twice).toEqual(once)
  })
})

describe('annotateDocx refuses bad input with a named error', () => {
  it('a file that is not a zip', async () => {
    await expect(annotateDocx(new TextEncoder().encode('Dear Inspector, this is not a Word file.'), [], {path: 'draft.docx'})).rejects.toThrow(
      new CorruptDocumentError('draft.docx', 'a Word document (.docx zip archive)', 'no zip end-of-central-directory record')
    )
  })

  it('a truncated .docx', async () => {
    await expect(annotateDocx(repositoryFile('fixtures/docx/truncated.docx'), [], {path: 'truncated.docx'})).rejects.toThrow(CorruptDocumentError)
  })

  it('a zip bomb, before inflating it', async () => {
    await expect(annotateDocx(repositoryFile('fixtures/docx/zip-bomb.docx'), [], {path: 'zip-bomb.docx'})).rejects.toThrow(ZipBombError)
  })

  it('a password-protected document (an OLE compound file, as Word writes one)', async () => {
    // The compound-file signature and the names of the two streams Word's encryption writes.
    const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
    const streams = new TextEncoder().encode('E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0')
    const bytes = new Uint8Array([...header, ...new Uint8Array(504), ...streams])
    await expect(annotateDocx(bytes, [], {path: 'protected.docx'})).rejects.toThrow(
      new EncryptedDocxError('protected.docx')
    )
    await expect(annotateDocx(bytes, [], {path: 'protected.docx'})).rejects.toThrow(
      'Cannot read `protected.docx`: expected a Word document (.docx zip archive), but it is encrypted with a password; save an unprotected copy (File > Info > Protect Document) and try again'
    )
  })
})

describe('bodyParagraphs', () => {
  it.each(['warwickshire-pcc-response-west-midlands-soc-2024.docx', 'westmercia-pcc-revisit-service-to-victims-2023-letter.docx'])(
    'finds, in %s, the XML paragraph of each Word paragraph index @scrutiny/convert reports',
    async (name) => {
      const bytes = repositoryFile(`fixtures/docx/${name}`)
      const {tree} = await readDocument(bytes, {path: name})
      const xml = part(bytes, 'word/document.xml')!
      const spans = bodyParagraphs(xml)
      const texts: Array<[string, string]> = []
      type Converted = {type: string; value?: string; data?: {paragraph?: number}; children?: Converted[]}
      const stack: Converted[] = [tree as Converted]
      for (let node = stack.pop(); node; node = stack.pop()) {
        const paragraph = node.data?.paragraph
        if (node.type === 'text' && node.value !== undefined && paragraph !== undefined) {
          const span = spans[paragraph]!
          const found = [...xml.slice(span.contentStart, span.contentEnd).matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('')
          // Footnote references (“[1]”) are text in the conversion, a reference mark in the XML.
          texts.push([node.value.replace(/\[\d+\]/g, ''), found.replace(/&amp;/g, '&')])
        }
        if (node.children) stack.push(...node.children)
      }
      expect(texts.length).toBeGreaterThan(20)
      for (const [converted, inXml] of texts) expect(inXml).toContain(converted)
    }
  )
})

describe('dropExtendedEntries', () => {
  // The three parts as Word 2019 writes them for two comments: a person's (paragraph 1A2B3C4D) and
  // Scrutiny's from an earlier run (paragraph 5E6F7A8B), which is being replaced.
  const parts = {
    extended:
      '<w15:commentsEx xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"><w15:commentEx w15:paraId="1A2B3C4D" w15:done="0"/><w15:commentEx w15:paraId="5E6F7A8B" w15:done="0"/></w15:commentsEx>',
    ids: '<w16cid:commentsIds xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid"><w16cid:commentId w16cid:paraId="1A2B3C4D" w16cid:durableId="2AF1E3C0"/><w16cid:commentId w16cid:paraId="5E6F7A8B" w16cid:durableId="2AF1E3C1"/></w16cid:commentsIds>',
    extensible:
      '<w16cex:commentsExtensible xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex"><w16cex:commentExtensible w16cex:durableId="2AF1E3C0" w16cex:dateUtc="2024-06-20T10:00:00Z"/><w16cex:commentExtensible w16cex:durableId="2AF1E3C1" w16cex:dateUtc="2024-07-01T09:00:00Z"><w16cex:extLst/></w16cex:commentExtensible></w16cex:commentsExtensible>'
  }

  it('removes the entries of removed comments from all three parts, and keeps people’s', () => {
    expect(dropExtendedEntries(parts, new Set(['5E6F7A8B']))).toEqual({
      extended: '<w15:commentsEx xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"><w15:commentEx w15:paraId="1A2B3C4D" w15:done="0"/></w15:commentsEx>',
      ids: '<w16cid:commentsIds xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid"><w16cid:commentId w16cid:paraId="1A2B3C4D" w16cid:durableId="2AF1E3C0"/></w16cid:commentsIds>',
      extensible:
        '<w16cex:commentsExtensible xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex"><w16cex:commentExtensible w16cex:durableId="2AF1E3C0" w16cex:dateUtc="2024-06-20T10:00:00Z"/></w16cex:commentsExtensible>'
    })
  })

  it('leaves the parts as they are when no comment of Scrutiny’s had paragraph ids', () => {
    expect(dropExtendedEntries(parts, new Set())).toBe(parts)
  })
})
