// The adversarial set of issue 8, made in code (never committed as files). Each generator takes a
// `scale`: 1 is the size the issue names (a 10 MB line, 100,000 items, …); the benchmark also runs
// 1/16 and 1/4 of it to show that time grows linearly.
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
