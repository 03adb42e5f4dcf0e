// Word and PDF documents made from the real texts, shared by the fixtures script and the benchmarks.
import {deflateSync} from 'node:zlib'
import * as docx from 'docx'
import PDFDocument from 'pdfkit'

const paragraphs = (text) => text.split('\n').map((line) => line.trim()).filter(Boolean)

/** A PDF of `pages` pages: `text` repeated, with headings and a running header and page numbers. */
export async function makePdf(text, pages, header = 'PEEL 2018/19 – Cleveland Police') {
  const pdf = new PDFDocument({size: 'A4', margin: 72, bufferPages: true})
  const chunks = []
  pdf.on('data', (chunk) => chunks.push(chunk))
  const done = new Promise((resolve) => pdf.on('end', resolve))
  while (pdf.bufferedPageRange().count < pages) {
    for (const line of paragraphs(text)) {
      const heading = line.length < 80 && !/[.,;:]$/.test(line)
      pdf.font(heading ? 'Helvetica-Bold' : 'Helvetica').fontSize(heading ? 14 : 10.5).text(line, {paragraphGap: 6})
      if (pdf.bufferedPageRange().count >= pages) break
    }
  }
  const range = pdf.bufferedPageRange()
  for (let index = 0; index < range.count; index++) {
    pdf.switchToPage(index)
    pdf.font('Helvetica').fontSize(8).text(header, 72, 30, {lineBreak: false})
    pdf.text(`Page ${index + 1} of ${range.count}`, 72, 800, {lineBreak: false})
  }
  pdf.end()
  await done
  return Buffer.concat(chunks)
}

/** A .docx of `text` repeated `copies` times (the seed is about 7 pages a copy), with numbered items and headings. */
export async function makeDocx(text, copies) {
  const children = []
  for (let copy = 0; copy < copies; copy++) {
    for (const line of paragraphs(text)) {
      const item = /^\d+\.\s/.test(line) && line.length > 80
      children.push(
        item
          ? new docx.Paragraph({text: line.replace(/^\d+\.\s+/, ''), numbering: {reference: 'numbered', level: 0}})
          : new docx.Paragraph({text: line, heading: line.length < 60 && !/[.,;:]$/.test(line) ? docx.HeadingLevel.HEADING_2 : undefined})
      )
    }
  }
  const document = new docx.Document({
    numbering: {config: [{reference: 'numbered', levels: [{level: 0, format: docx.LevelFormat.DECIMAL, text: '%1.'}]}]},
    sections: [{children}]
  })
  return docx.Packer.toBuffer(document)
}

/** A valid zip whose word/document.xml inflates about 1000:1 (`size` bytes of spaces, 16 MiB by default). */
export function zipBomb(size = 16 * 1024 * 1024) {
  const content = Buffer.alloc(size, 0x20)
  const compressed = deflateSync(content, {level: 9})
  const name = Buffer.from('word/document.xml')
  const crc = crc32(content)
  const local = Buffer.alloc(30)
  local.writeUInt32LE(0x04034b50, 0)
  local.writeUInt16LE(20, 4)
  local.writeUInt16LE(8, 8)
  local.writeUInt32LE(crc, 14)
  local.writeUInt32LE(compressed.length, 18)
  local.writeUInt32LE(content.length, 22)
  local.writeUInt16LE(name.length, 26)
  const central = Buffer.alloc(46)
  central.writeUInt32LE(0x02014b50, 0)
  central.writeUInt16LE(20, 4)
  central.writeUInt16LE(20, 6)
  central.writeUInt16LE(8, 10)
  central.writeUInt32LE(crc, 16)
  central.writeUInt32LE(compressed.length, 20)
  central.writeUInt32LE(content.length, 24)
  central.writeUInt16LE(name.length, 28)
  const directoryOffset = local.length + name.length + compressed.length
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(1, 8)
  end.writeUInt16LE(1, 10)
  end.writeUInt32LE(central.length + name.length, 12)
  end.writeUInt32LE(directoryOffset, 16)
  return Buffer.concat([local, name, compressed, central, name, end])
}

/** CRC-32 of a buffer (the zip checksum). */
export function crc32(bytes) {
  let crc = ~0
  for (const byte of bytes) {
    crc ^= byte
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1))
  }
  return ~crc >>> 0
}
