// The adversarial set of issue 8, made in code (never committed as files). Each generator takes a
// `scale`: 1 is the size the issue names (a 10 MB line, 100,000 items, …); the benchmark also runs
// 1/16 and 1/4 of it to show that time grows linearly.
import {crc32, deflateRawSync} from 'node:zlib'
import PDFDocument from 'pdfkit'

const megabyte = 1_000_000

/** Repeat `unit` to exactly `length` characters. */
const fill = (unit, length) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length)

/** A findings heading, then one 10 MB line of sentences with no line break. */
export function longLine(scale = 1) {
  return `Areas for improvement\n\n${fill('The force should improve how it records crime. ', 10 * megabyte * scale)}`
}

/** 100,000 areas for improvement under one heading, bulleted ("• ") or numbered ("1." to "100000."). */
export function manyItems(scale = 1, numbered = false) {
  const count = Math.round(100_000 * scale)
  const items = Array.from({length: count}, (_, index) => `${numbered ? `${index + 1}.` : '•'} The force should improve process ${index + 1}.`)
  return `Cleveland Police\n\nAreas for improvement\n\n${items.join('\n')}\n`
}

/** 1,000 block quotes nested in one another, in Markdown and in HTML. */
export function nestedQuotes(scale = 1) {
  const depth = Math.round(1000 * scale)
  const sentence = 'The force should improve how it records crime.'
  return {
    markdown: `## Areas for improvement\n\n${'> '.repeat(depth)}${sentence}\n`,
    html: `<h2>Areas for improvement</h2>${'<blockquote>'.repeat(depth)}<p>${sentence}</p>${'</blockquote>'.repeat(depth)}`
  }
}

/**
 * A Markdown response whose one sentence sits under 2,000 nested list markers ("- - - … I welcome").
 * (Reading it into mdast is quadratic in the depth in micromark itself: 2,000 takes about 2 s.)
 */
export function nestedListMarkers(scale = 1) {
  const depth = Math.round(2_000 * scale)
  return `# Police and Crime Commissioner's comments\n\n${'- '.repeat(depth)}I welcome the report ‘Serious and organised crime’.\n`
}

/** "should " a million times: every sentence pattern of the genre starts matching and never ends. */
export function shouldRepeated(scale = 1) {
  return 'should '.repeat(Math.round(1_000_000 * scale))
}

/** Headings with no text, and findings headings with nothing under them, in each format. */
export function emptyHeadings() {
  return {
    markdown: '#\n\n## \n\n### ###\n\n## Areas for improvement\n\n##\n\n## Recommendations\n',
    html: '<h1></h1><h2> </h2><h2>Areas for improvement</h2><h3></h3><h2>Recommendations</h2>',
    text: 'Areas for improvement\n\nRecommendations\n\nCauses of concern\n\nSummary\n\nThe inspection is over.\n'
  }
}

/** A response that quotes every area for improvement of `report` twice, in two sections. */
export function responseQuotingEveryAfiTwice(report) {
  const afis = report.findings.filter((finding) => finding.kind === 'area-for-improvement')
  const quote = (finding) => `In response to the area for improvement “${finding.text}” I have asked the Chief Constable to act, and I will monitor progress.`
  return [
    'Police and Crime Commissioner for Warwickshire',
    `Response to HMICFRS report: ${report.title}`,
    '1.  Local Policing Body’s Comments.',
    ...afis.map(quote),
    '2.  Comments from the Chief Constable',
    ...afis.map(quote),
    '2 July 2024'
  ].join('\n\n')
}

/** A deterministic stream of numbers in [0, 1) (mulberry32), so the garbage is the same every run. */
function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = Math.imul(state ^ (state >>> 15), 1 | state)
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

/** A PDF of `pages` pages whose text layer is garbage: random printable characters and symbols. */
export async function garbagePdf(pages = 4, seed = 8) {
  const next = random(seed)
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:!?-–•()[]{}<>/\\|#*%&@$^~`"\' '
  const pdf = new PDFDocument({size: 'A4', margin: 50, compress: false})
  const chunks = []
  pdf.on('data', (chunk) => chunks.push(chunk))
  const done = new Promise((resolve) => pdf.on('end', resolve))
  for (let page = 0; page < pages; page++) {
    if (page > 0) pdf.addPage()
    for (let line = 0; line < 40; line++) {
      let text = ''
      for (let index = 0; index < 90; index++) text += alphabet[Math.floor(next() * alphabet.length)]
      pdf.fontSize(6 + Math.floor(next() * 14)).text(text, {lineBreak: false, width: 500, height: 20})
    }
  }
  pdf.end()
  await done
  return new Uint8Array(Buffer.concat(chunks))
}

/**
 * A zip archive of `entries` ({name, data, declaredSize?}), each deflated; `declaredSize` makes the
 * directory lie about how large an entry inflates.
 */
export function zipArchive(entries) {
  const locals = []
  const centrals = []
  let offset = 0
  for (const {name, data, declaredSize = data.length} of entries) {
    const nameBytes = Buffer.from(name)
    const compressed = deflateRawSync(data, {level: 6})
    const checksum = crc32(data)
    // A local and a central header share their fields from "version needed" on: at byte 4 of a
    // local header, at byte 6 of a central one (after "version made by").
    const header = (size, signature, at) => {
      const record = Buffer.alloc(size)
      record.writeUInt32LE(signature, 0)
      record.writeUInt16LE(20, at)
      record.writeUInt16LE(8, at + 4)
      record.writeUInt32LE(checksum, at + 10)
      record.writeUInt32LE(compressed.length, at + 14)
      record.writeUInt32LE(declaredSize, at + 18)
      record.writeUInt16LE(nameBytes.length, at + 22)
      return record
    }
    const local = header(30, 0x04034b50, 4)
    const central = header(46, 0x02014b50, 6)
    central.writeUInt16LE(20, 4)
    central.writeUInt32LE(offset, 42)
    locals.push(local, nameBytes, compressed)
    centrals.push(central, nameBytes)
    offset += local.length + nameBytes.length + compressed.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return new Uint8Array(Buffer.concat([...locals, directory, end]))
}

const wordNamespace = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

/** The XML of a Word body of `paragraphs` (raw `<w:p>` markup, or text for plain paragraphs). */
export function documentXml(paragraphs) {
  const body = paragraphs.map((paragraph) => (paragraph.startsWith('<') ? paragraph : `<w:p><w:r><w:t xml:space="preserve">${paragraph}</w:t></w:r></w:p>`))
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${wordNamespace}"><w:body>${body.join('')}</w:body></w:document>`
}

/**
 * A minimal .docx: content types, the package relationship naming `mainPart` as the main document,
 * and that part holding `xml` (a string) or raw bytes; `declaredSize` makes the directory lie about it.
 */
export function docxArchive(xml, {mainPart = 'word/document.xml', declaredSize, extra = []} = {}) {
  const text = (value) => Buffer.from(value)
  return zipArchive([
    {
      name: '[Content_Types].xml',
      data: text(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>'
      )
    },
    {
      name: '_rels/.rels',
      data: text(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${mainPart}"/></Relationships>`
      )
    },
    {name: mainPart, data: typeof xml === 'string' ? text(xml) : xml, ...(declaredSize === undefined ? {} : {declaredSize})},
    ...extra
  ])
}

/** Paragraphs of ordinary response text, `bytes` of XML in all: an honest document, only long. */
export function longDocumentXml(bytes) {
  const paragraph = 'The Commissioner has asked the Chief Constable to improve how the force records crime, and will monitor progress.'
  const count = Math.max(1, Math.round(bytes / (paragraph.length + 60)))
  return documentXml(Array.from({length: count}, (_, index) => `${index + 1}. ${paragraph}`))
}

/**
 * A .docx whose main part (named by the package relationships, as mammoth reads it) is a non-XML
 * entry declaring 1,000 bytes that inflates to `bytes`: a pre-check that inflates only `.xml`
 * entries never sees it.
 */
export function disguisedMainPart(bytes = 64 * megabyte) {
  // An honest word/document.xml beside it is the decoy that a check by name would read.
  const decoy = {name: 'word/document.xml', data: Buffer.from(documentXml(['The force should improve how it records crime.']))}
  return docxArchive(Buffer.alloc(bytes, 0x20), {mainPart: 'word/document.bin', declaredSize: 1000, extra: [decoy]})
}

/** Issue 16's hostile files, each at `scale` 1 the size that broke a release; the benchmark grows them. */

/** "Recommendation" then a million spaces (or tabs), and no separator: the quadratic inline reference. */
export function referenceThenSpaces(scale = 1, space = ' ') {
  const run = space.repeat(Math.round(1_000_000 * scale))
  return `Police and Crime Commissioner for Warwickshire\n\nRecommendation${run}x\n\nRecommendation 12${run}\n\nAFI${run}3${run}`
}

/** A long uppercase word then " PCC" once: the area-before-title name pattern tried from each letter. */
export function longNameBeforeTitle(scale = 1) {
  return `Police and Crime Commissioner for Warwickshire\n\n${'A'.repeat(Math.round(1_000_000 * scale))} PCC\n`
}

/** An image entry that declares 1,000 bytes and inflates to `bytes`: every entry is checked, not only XML. */
export function lyingImage(bytes = 64 * megabyte) {
  return docxArchive(documentXml(['The force should improve how it records crime.']), {
    extra: [{name: 'word/media/image1.png', data: Buffer.alloc(bytes, 0), declaredSize: 1000}]
  })
}

/** Two entries named word/document.xml, a small one and a large one: which is read is the reader's choice. */
export function duplicateMainPart() {
  return docxArchive(documentXml(['The force should improve how it records crime.']), {
    extra: [{name: 'word/document.xml', data: Buffer.from(longDocumentXml(2 * megabyte))}]
  })
}

/**
 * 22,000 paragraphs (0.9 MB of XML, under the 1 MiB from which the compression ratio is checked)
 * whose properties never close, and one `</w:pPr>` at the very end.
 */
export function unclosedParagraphProperties(scale = 1) {
  const count = Math.round(22_000 * scale)
  return docxArchive(`<?xml version="1.0"?><w:document xmlns:w="${wordNamespace}"><w:body>${'<w:p><w:pPr><w:numPr><w:numId w:val="1"/>'.repeat(count)}</w:pPr></w:body></w:document>`)
}

/**
 * 4,000 recommendations (about 400 KB) quoted in a row as "Recommendation k: …" (k from 1 to 999,
 * the most the pattern reads, then again), answered once, after the last.
 */
export function recommendationsInARow(scale = 1) {
  const count = Math.round(4000 * scale)
  const quotes = Array.from({length: count}, (_, index) => `Recommendation ${(index % 999) + 1}: By March 2026, the force should review how it handles case file ${index + 1} and report on progress.`)
  return [
    'Police and Crime Commissioner for Warwickshire',
    '1.  Local Policing Body’s Comments.',
    ...quotes,
    'I have asked the Chief Constable to act on every recommendation and will monitor progress.',
    '2 July 2024'
  ].join('\n\n')
}

/**
 * One paragraph of 8 MB of a grade word's stem ("Area for improvement " over and over), twice. The
 * grade readers keep the last paragraph they searched and compared it with each stem's paragraph:
 * an equal copy compares character by character, so this took minutes (about 400,000 stems × 8 MB).
 */
export function repeatedGradeParagraph(scale = 1) {
  const paragraph = fill('Area for improvement ', 8 * megabyte * scale)
  return `${paragraph}\n\n${paragraph}`
}

/**
 * The control characters a hostile document may carry to a terminal: colour, clear screen, OSC 8
 * link, CR, C1 CSI, and a right-to-left override that shows "exe.txt" as "txt.exe".
 */
export const terminalEscapes = '\u001B[31mred\u001B[0m \u001B[2J\u001B[H \u001B]8;;https://attacker.example/\u0007link\u001B]8;;\u0007 \r overwrite \u009B1m \u0007 \u202Etxt.exe'

/**
 * `copies` copies of a response that quotes every area for improvement of `report` in the body's
 * comments and answers them all with general mentions ("all the areas for improvement") in the chief
 * officer's, twice: every mention answers every earlier quote of its kind.
 */
export function generalMentionsOfEveryAfi(report, copies = 16) {
  const afis = report.findings.filter((finding) => finding.kind === 'area-for-improvement')
  const mention = 'The force accepts all the areas for improvement and has a plan for each of them.'
  const body = [
    '1.  Local Policing Body’s Comments.',
    ...afis.map((finding) => `In response to the area for improvement “${finding.text}” I have asked the Chief Constable to act.`),
    '2.  Comments from the Chief Constable',
    mention,
    mention
  ].join('\n\n')
  return ['Police and Crime Commissioner for Warwickshire', `Response to HMICFRS report: ${report.title}`, ...Array.from({length: copies}, () => body), '2 July 2024'].join('\n\n')
}

/**
 * A report of `count` areas for improvement a number apart ("… crime in neighbourhood 1000.", "…
 * 1001.", …), and a response answering each in a paragraph of its own, by `paraphrase` or by
 * `quote`. Every finding shares all but its number with every other, so every passage was scored
 * for every finding, and every quote compared with every finding before its own: 8,000 took a minute.
 */
export function nearIdenticalFindings(count, answer) {
  const place = (index) => `neighbourhood ${1000 + index}`
  const items = Array.from({length: count}, (_, index) => `• The force should improve how it records crime in ${place(index)}.`)
  const paragraphs = Array.from({length: count}, (_, index) =>
    answer === 'quote'
      ? `In response to the area for improvement “The force should improve how it records crime in ${place(index)}.” I have asked the Chief Constable to act.`
      : `We now record crime in ${place(index)} better, and the force will improve how it records it.`
  )
  return {
    report: `Cleveland Police\n\nAreas for improvement\n\n${items.join('\n')}\n`,
    response: `Police and Crime Commissioner for Cleveland\n\n${paragraphs.join('\n\n')}\n`
  }
}
