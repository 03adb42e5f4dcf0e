// Build the Word and PDF fixtures of @scrutiny/convert from the real texts in fixtures/.
// Run from the repo root: `node scripts/make-document-fixtures.mjs`. The output is committed; CI
// never runs this (it needs the `docx` and `pdfkit` dev dependencies, nothing else).
//
// fixtures/docx/  seed response (headings, auto-numbered and bulleted lists, a real footnote) and a
//                 corpus response with its recommendations in a table; a truncated copy; a zip bomb.
// fixtures/pdf/   seed response and a report laid out like HMICFRS (two heading levels, running header
//                 and footer, page numbers, hyphenated line ends, a two-column page); an encrypted PDF;
//                 a PDF of scanned images only.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {deflateSync} from 'node:zlib'
import * as docx from 'docx'
import PDFDocument from 'pdfkit'
import {crc32, zipBomb} from './lib/documents.mjs'

const root = new URL('../fixtures/', import.meta.url)
const read = (path) => readFileSync(new URL(path, root), 'utf8')
/** Corpus files start with a header; the text starts after the first `---` line. */
const body = (text) => text.slice(text.indexOf('\n---\n') + 5)

// ---------------------------------------------------------------------------------------------
// Text to blocks: the shapes of these texts (bare-line headings, "•" bullets, "1." items, footnotes)

const bullet = /^\s*[•●▪–-]\s+/
const numbered = /^\s+(\d{1,3})\.\s+/
const sectionNumber = /^\d{1,2}\.(\d[\d.]*)?[\s\u00A0]+\S/

/** Blocks of a plain text: heading (with level), paragraph, item (bullet or numbered), footnote. */
function toBlocks(text) {
  const lines = text.split('\n')
  const notes = new Map()
  const blocks = []
  let previousNumbered = false
  for (const line of lines) {
    if (!line.trim()) continue
    const footnote = /^\[(\d+)\]\s+(.*)$/.exec(line)
    if (footnote && text.indexOf(`[${footnote[1]}]`) < text.lastIndexOf(line)) {
      notes.set(Number(footnote[1]), footnote[2])
      continue
    }
    const item = numbered.exec(line)
    if (item) {
      blocks.push({kind: 'item', ordered: true, number: Number(item[1]), restart: !previousNumbered, text: line.slice(item[0].length)})
      previousNumbered = true
      continue
    }
    previousNumbered = false
    const mark = bullet.exec(line)
    if (mark) {
      blocks.push({kind: 'item', ordered: false, text: line.slice(mark[0].length)})
      continue
    }
    const trimmed = line.trim()
    if (sectionNumber.test(trimmed) && trimmed.length <= 80) {
      blocks.push({kind: 'heading', level: /^\d+\.\d/.test(trimmed) ? 2 : 1, text: trimmed})
    } else if (trimmed.length <= 120 && !/[.,;:!–-]$/.test(trimmed) && /^[A-Z]/.test(trimmed) && !trimmed.startsWith('===')) {
      blocks.push({kind: 'heading', level: 3, text: trimmed})
    } else {
      blocks.push({kind: 'paragraph', text: trimmed})
    }
  }
  // The first bare-line heading of substance is the title.
  const title = blocks.find((block) => block.kind === 'heading' && block.text.length > 40)
  if (title) title.level = 0
  return {blocks, notes}
}

// ---------------------------------------------------------------------------------------------
// Word

const headingLevels = [docx.HeadingLevel.TITLE, docx.HeadingLevel.HEADING_1, docx.HeadingLevel.HEADING_2, docx.HeadingLevel.HEADING_3]

function wordNumbering() {
  const level = (format, text) => ({
    level: 0,
    format,
    text,
    alignment: docx.AlignmentType.LEFT,
    style: {paragraph: {indent: {left: 720, hanging: 360}}}
  })
  return {
    config: [
      {reference: 'numbered', levels: [level(docx.LevelFormat.DECIMAL, '%1.')]},
      {reference: 'bullets', levels: [level(docx.LevelFormat.BULLET, '•')]}
    ]
  }
}

/** Paragraph of text in which `[n]` markers become real footnote references. */
function runsWithFootnotes(text, notes) {
  const children = []
  let last = 0
  for (const match of text.matchAll(/\[(\d+)\]/g)) {
    if (!notes.has(Number(match[1]))) continue
    children.push(new docx.TextRun(text.slice(last, match.index)), new docx.FootnoteReferenceRun(Number(match[1])))
    last = match.index + match[0].length
  }
  children.push(new docx.TextRun(text.slice(last)))
  return children
}

function wordParagraphs(blocks, notes) {
  let instance = 0
  return blocks.map((block) => {
    const children = runsWithFootnotes(block.text, notes)
    if (block.kind === 'heading') return new docx.Paragraph({heading: headingLevels[block.level], children})
    if (block.kind === 'item' && block.ordered) {
      if (block.restart) instance++
      return new docx.Paragraph({numbering: {reference: 'numbered', level: 0, instance}, style: 'ListParagraph', children})
    }
    if (block.kind === 'item') return new docx.Paragraph({numbering: {reference: 'bullets', level: 0}, style: 'ListParagraph', children})
    return new docx.Paragraph({children})
  })
}

async function writeWord(name, children, notes = new Map()) {
  const document = new docx.Document({
    creator: 'Scrutiny fixtures',
    numbering: wordNumbering(),
    footnotes: Object.fromEntries([...notes].map(([id, text]) => [id, {children: [new docx.Paragraph(text)]}])),
    sections: [{children}]
  })
  const bytes = await docx.Packer.toBuffer(document)
  writeFileSync(new URL(`docx/${name}`, root), bytes)
  return bytes
}

/**
 * The West Mercia letter quotes the cause of concern and its recommendation as bullets; OPCC
 * templates put recommendations in a table, so the bullets become numbered rows of one.
 */
function westMerciaWithTable(text) {
  const {blocks, notes} = toBlocks(text)
  const children = []
  let rows = []
  const flush = () => {
    if (rows.length === 0) return
    const cell = (value, bold = false) =>
      new docx.TableCell({children: [new docx.Paragraph({children: [new docx.TextRun({text: value, bold})]})]})
    children.push(
      new docx.Table({
        width: {size: 100, type: docx.WidthType.PERCENTAGE},
        rows: [
          new docx.TableRow({tableHeader: true, children: [cell('No.', true), cell('Recommendation', true), cell('Action', true)]}),
          ...rows.map((row, index) => new docx.TableRow({children: [cell(String(index + 1)), cell(row), cell('')]}))
        ]
      })
    )
    rows = []
  }
  for (const block of blocks) {
    if (block.kind === 'item' && !block.ordered) {
      rows.push(block.text)
      continue
    }
    flush()
    children.push(...wordParagraphs([block], notes))
  }
  flush()
  return children
}

// ---------------------------------------------------------------------------------------------
// PDF: a small layout engine (pdfkit's own wrapping cannot hyphenate or flow two columns)

const page = {width: 595.28, height: 841.89, margin: 72}
const sizes = {title: 20, 1: 16, 2: 13.5, 3: 12, body: 10.5}

/** Lay out blocks on A4 pages: `twoColumnsFrom` is the index of the first block of a two-column page. */
async function writePdf(name, blocks, {header, twoColumnsFrom = -1, notes = new Map()}) {
  const pdf = new PDFDocument({size: 'A4', margin: 0, autoFirstPage: false, bufferPages: true, info: {Title: header, Producer: 'Scrutiny fixtures'}})
  const chunks = []
  pdf.on('data', (chunk) => chunks.push(chunk))
  const done = new Promise((resolve) => pdf.on('end', resolve))

  const top = page.margin
  const bottom = page.height - page.margin
  const fullWidth = page.width - 2 * page.margin
  let columns = 1
  let column = 0
  let y = top
  const columnWidth = () => (columns === 1 ? fullWidth : (fullWidth - 24) / 2)
  const columnX = () => page.margin + column * (columnWidth() + 24)
  const newPage = () => {
    pdf.addPage({size: 'A4', margin: 0})
    y = top
    column = 0
    columns = 1
  }
  const ensure = (height) => {
    if (y + height <= bottom) return
    if (columns === 2 && column === 0) {
      column = 1
      y = columnTop
      return
    }
    newPage()
  }
  let columnTop = top

  /** Break text into lines of `width`, hyphenating a long word that does not fit. */
  const wrap = (text, font, size, width) => {
    pdf.font(font).fontSize(size)
    const lines = []
    let line = ''
    for (const word of text.split(' ')) {
      const candidate = line ? `${line} ${word}` : word
      if (pdf.widthOfString(candidate) <= width || !line) {
        line = candidate
        continue
      }
      if (/^[a-z]{8,}$/.test(word)) {
        let split = false
        for (let cut = word.length - 3; cut >= 3 && !split; cut--) {
          const head = `${line} ${word.slice(0, cut)}-`
          if (pdf.widthOfString(head) <= width) {
            lines.push(head)
            line = word.slice(cut)
            split = true
          }
        }
        if (split) continue
      }
      lines.push(line)
      line = word
    }
    if (line) lines.push(line)
    return lines
  }

  const write = (text, {font = 'Helvetica', size = sizes.body, indent = 0, marker, after = 8}) => {
    const leading = size * 1.3
    const lines = wrap(text, font, size, columnWidth() - indent)
    lines.forEach((line, index) => {
      ensure(leading)
      const x = columnX() + indent
      pdf.font(font).fontSize(size)
      if (index === 0 && marker) pdf.text(marker, columnX() + indent - 16, y, {lineBreak: false})
      pdf.text(line, x, y, {lineBreak: false})
      y += leading
    })
    y += after
  }

  pdf.addPage({size: 'A4', margin: 0})
  for (const [index, block] of blocks.entries()) {
    // Each stored web page (segment) starts a new PDF page.
    if (index === twoColumnsFrom || (index > 0 && block.text.startsWith('=== segment'))) newPage()
    if (block.kind === 'heading') {
      const size = block.level === 0 ? sizes.title : sizes[block.level]
      ensure(size * 4)
      write(block.text, {font: 'Helvetica-Bold', size, after: 10})
      if (index === twoColumnsFrom) {
        columns = 2
        columnTop = y
      }
    } else if (block.kind === 'item') {
      write(block.text, {indent: 22, marker: block.ordered ? `${block.number}.` : '•', after: 4})
    } else {
      write(block.text, {})
    }
  }
  for (const [id, text] of notes) write(`[${id}] ${text}`, {size: sizes.body})

  const range = pdf.bufferedPageRange()
  for (let index = 0; index < range.count; index++) {
    pdf.switchToPage(range.start + index)
    pdf.font('Helvetica').fontSize(8.5).fillColor('#555555')
    pdf.text(header, page.margin, 36, {lineBreak: false, width: fullWidth})
    pdf.text(`Page ${index + 1} of ${range.count}`, page.margin, page.height - 44, {lineBreak: false})
    pdf.fillColor('black')
  }
  pdf.end()
  await done
  const bytes = Buffer.concat(chunks)
  writeFileSync(new URL(`pdf/${name}`, root), bytes)
  return bytes
}

// ---------------------------------------------------------------------------------------------
// Bad input

/** A grey 200×60 PNG standing in for a scanned page. */
function png() {
  const width = 200
  const height = 60
  const chunk = (type, data) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const typed = Buffer.concat([Buffer.from(type), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(typed))
    return Buffer.concat([length, typed, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8
  header[9] = 0
  const rows = Buffer.alloc((width + 1) * height)
  for (let row = 0; row < height; row++) for (let x = 0; x < width; x++) rows[row * (width + 1) + 1 + x] = (x * 7 + row * 13) % 256
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0))
  ])
}

async function smallPdf(name, options, draw) {
  const pdf = new PDFDocument({size: 'A4', ...options})
  const chunks = []
  pdf.on('data', (chunk) => chunks.push(chunk))
  const done = new Promise((resolve) => pdf.on('end', resolve))
  draw(pdf)
  pdf.end()
  await done
  writeFileSync(new URL(`pdf/${name}`, root), Buffer.concat(chunks))
}

// ---------------------------------------------------------------------------------------------

mkdirSync(new URL('docx/', root), {recursive: true})
mkdirSync(new URL('pdf/', root), {recursive: true})

const seedText = read('seed/warwickshire-pcc-response-west-midlands-soc-2024.txt')
const seed = toBlocks(seedText)
const seedDocx = await writeWord('warwickshire-pcc-response-west-midlands-soc-2024.docx', wordParagraphs(seed.blocks, seed.notes), seed.notes)
await writePdf('warwickshire-pcc-response-west-midlands-soc-2024.pdf', seed.blocks, {
  header: 'Police and Crime Commissioner for Warwickshire – Response to HMICFRS',
  notes: seed.notes
})

const westMercia = body(read('corpus/responses/westmercia-pcc-revisit-service-to-victims-2023-letter.txt'))
await writeWord('westmercia-pcc-revisit-service-to-victims-2023-letter.docx', westMerciaWithTable(westMercia))

const essexText = read('corpus/reports/peel-2018-essex.txt')
const essex = toBlocks(body(essexText))
// Each stored page starts with a segment line; the first heading after it is the page's title.
for (const [index, block] of essex.blocks.entries()) {
  if (block.kind === 'heading' && essex.blocks[index - 1]?.text.startsWith('=== segment')) block.level = 1
  else if (block.kind === 'heading') block.level = 2
}
const secondSegment = essex.blocks.findIndex((block) => block.text.startsWith('=== segment 2/'))
await writePdf('peel-2018-essex.pdf', essex.blocks, {
  header: 'PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Essex Police',
  twoColumnsFrom: secondSegment + 1
})

writeFileSync(new URL('docx/truncated.docx', root), seedDocx.subarray(0, Math.floor(seedDocx.length / 2)))
writeFileSync(new URL('docx/zip-bomb.docx', root), zipBomb())
await smallPdf('encrypted.pdf', {userPassword: 'scrutiny', ownerPassword: 'scrutiny-owner', pdfVersion: '1.7'}, (pdf) => {
  pdf.text('Response to HMICFRS report (protected copy)')
})
await smallPdf('scanned-images-only.pdf', {}, (pdf) => {
  pdf.image(png(), 72, 72, {width: 450})
  pdf.addPage()
  pdf.image(png(), 72, 72, {width: 450})
})
console.log('Wrote fixtures/docx and fixtures/pdf')
