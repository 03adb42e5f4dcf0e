// Generators of hostile and genre-shaped input for the property tests and `pnpm fuzz`.

/** Words of the genre, and characters real copies carry (curly quotes, no-break spaces and hyphens, tabs, CR). */
const words = [
  'the', 'force', 'should', 'must', 'improve', 'by', '31', 'March', '2025,', 'chief', 'constables', 'Police', 'and',
  'Crime', 'Commissioner', 'cause', 'of', 'concern', 'recommendation', 'AFI', 'area', 'for', 'improvement', 'HMICFRS',
  'section', '55', 'Police Act 1996', 'adequate', 'good', 'inadequate', 'outstanding', 'requires', 'West Midlands',
  'Warwickshire', 'Cleveland', '“quoted”', 'it’s', 'site‑specific', '–', '—', '•', '1.', '(a)', 'ii)', '|', '#', '>',
  '**', '_', '`', '<p>', '</p>', '&amp;', '[link](https://example.org)', '\u00a0', '\u00ad', '\u200b', '\t', '\r', '…',
  '😀', 'שלום', 'e\u0301', '.', ',', ':', ';', '?', '!'
]

const headings = [
  'Areas for improvement', 'Area for improvement', 'Causes of concern', 'Cause of concern', 'Recommendations',
  'Recommendation', 'Innovative practice', 'Promising practice', 'Summary', 'Our judgements', 'Contents',
  'Chief Constable’s response', 'Comments from the Chief Constable', 'Police and Crime Commissioner’s comments',
  'Response to the Chief Constable', 'Next steps', 'Cleveland Police', 'Regional findings', '1.1. Regional findings'
]

const sentences = [
  'The force should improve how it records crime.', 'By 31 March 2025, the force should review its vetting.',
  'By 30 September 2024, chief constables should make sure that victims are updated.',
  'The force is adequate at investigating crime.', 'Cleveland Police was graded as inadequate at recording data about crime.',
  'The force has a team dedicated to exploiting technical intelligence.', 'I have asked the Chief Constable to respond.',
  'Area for improvement 1: The force should improve its call handling.', 'Recommendation 2', 'Cause of concern',
  'We found that the first has been addressed and the second remains.', 'A copy has been sent to HMICFRS and the Home Secretary.',
  'I will monitor progress through my Office’s existing oversight mechanisms.', 'Published on: 14 May 2024',
  'Section 55(5) of the Police Act 1996 requires me to respond.', 'Some material has been redacted.'
]

const lineEnds = ['\n', '\n\n', '\r\n', '\r\n\r\n', '\n\n\n']

/** Arbitrary strings of any UTF-16 code units, including lone surrogates and control characters. */
export const anyString = (fc, maxLength) => fc.string({unit: 'binary', maxLength})

/** Arbitrary bytes: decoded as UTF-8, UTF-16 (with a BOM), Windows-1252, or refused as binary. */
export const anyBytes = (fc, maxLength) =>
  fc.oneof(
    fc.uint8Array({maxLength}),
    fc.uint8Array({maxLength}).map((bytes) => Uint8Array.of(0xff, 0xfe, ...bytes)),
    fc.uint8Array({maxLength}).map((bytes) => Uint8Array.of(0xef, 0xbb, 0xbf, ...bytes))
  )

const phrase = (fc) => fc.array(fc.constantFrom(...words), {minLength: 1, maxLength: 14}).map((parts) => parts.join(' '))

/** Markdown constructs (headings, lists, quotes, fences, tables, HTML, links) around genre words. */
export const markdownLike = (fc) => {
  const block = fc.oneof(
    fc.tuple(fc.constantFrom('#', '##', '###', '######', '#######'), fc.oneof(phrase(fc), fc.constantFrom(...headings), fc.constant(''))).map(([marks, text]) => `${marks} ${text}`),
    fc.tuple(fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '10. ', '   - ', '> ', '> > ', '>'), phrase(fc)).map(([marker, text]) => marker + text),
    fc.constantFrom('```', '~~~', '---', '***', '| a | b |', '|---|---|', '<div>', '</div>', '<!-- scrutiny-disable -->', '    indented code'),
    fc.constantFrom(...sentences),
    phrase(fc)
  )
  return fc.array(fc.tuple(block, fc.constantFrom(...lineEnds)), {maxLength: 40}).map((blocks) => blocks.map(([text, end]) => text + end).join(''))
}

/** Text shaped like a report or response: genre headings, numbered and bulleted findings, grades. */
export const reportLike = (fc) => {
  const line = fc.oneof(
    {weight: 2, arbitrary: fc.constantFrom(...headings)},
    {weight: 3, arbitrary: fc.constantFrom(...sentences)},
    {weight: 3, arbitrary: fc.tuple(fc.constantFrom('• ', '– ', '1. ', '2. ', '4. ', '(a) ', '  ', '3.2 '), fc.constantFrom(...sentences)).map(([marker, text]) => marker + text)},
    {weight: 1, arbitrary: phrase(fc)}
  )
  return fc.array(fc.tuple(line, fc.constantFrom(...lineEnds)), {maxLength: 50}).map((lines) => lines.map(([text, end]) => text + end).join(''))
}

/** A report whose every finding is known: sections of numbered or bulleted AFIs and recommendations. */
export const knownFindings = (fc) =>
  fc
    .array(
      fc.record({
        kind: fc.constantFrom('area-for-improvement', 'recommendation'),
        marker: fc.constantFrom('• ', '1. '),
        count: fc.integer({min: 1, max: 6}),
        lineEnd: fc.constantFrom('\n', '\r\n')
      }),
      {minLength: 1, maxLength: 5}
    )
    .map((sections) => {
      const findings = []
      let text = 'Cleveland Police: PEEL inspection\n\n'
      for (const [index, section] of sections.entries()) {
        const end = section.lineEnd
        text += `${section.kind === 'recommendation' ? 'Recommendations' : 'Areas for improvement'}${end}${end}`
        for (let item = 1; item <= section.count; item++) {
          const finding = section.kind === 'recommendation'
            ? `By 31 March 2025, the force should review process ${index}-${item}.`
            : `The force should improve how it records crime type ${index}-${item}.`
          findings.push({kind: section.kind, text: finding})
          text += `${section.marker === '1. ' ? `${item}. ` : section.marker}${finding}${end}`
        }
        text += `${end}Summary${end}${end}The inspection ended in section ${index}.${end}${end}`
      }
      return {text, findings}
    })

/** Line edits of a real document: delete, duplicate or swap lines, or shuffle a run of them. */
const lineEdit = (fc) =>
  fc.oneof(
    fc.record({op: fc.constant('delete'), at: fc.nat(), length: fc.integer({min: 1, max: 5})}),
    fc.record({op: fc.constant('duplicate'), at: fc.nat(), length: fc.integer({min: 1, max: 5})}),
    fc.record({op: fc.constant('swap'), at: fc.nat(), to: fc.nat()}),
    fc.record({op: fc.constant('shuffle'), at: fc.nat(), order: fc.array(fc.nat(), {minLength: 2, maxLength: 8})})
  )

function applyLineEdits(text, edits) {
  const lines = text.split('\n')
  for (const edit of edits) {
    if (lines.length === 0) break
    const at = edit.at % lines.length
    if (edit.op === 'delete') lines.splice(at, edit.length)
    else if (edit.op === 'duplicate') lines.splice(at, 0, ...lines.slice(at, at + edit.length))
    else if (edit.op === 'swap') {
      const to = edit.to % lines.length
      ;[lines[at], lines[to]] = [lines[to], lines[at]]
    } else {
      const run = lines.slice(at, at + edit.order.length)
      const keyed = run.map((line, index) => [edit.order[index], index, line]).sort((a, b) => a[0] - b[0] || a[1] - b[1])
      lines.splice(at, run.length, ...keyed.map((entry) => entry[2]))
    }
  }
  return lines.join('\n')
}

/** A real text with its lines deleted, duplicated, swapped and shuffled. */
export const mutatedText = (fc, texts) =>
  fc.record({source: fc.constantFrom(...texts), edits: fc.array(lineEdit(fc), {maxLength: 6})}).map(({source, edits}) => ({
    name: source.name,
    text: applyLineEdits(source.text, edits)
  }))

/** Byte edits: delete, duplicate or overwrite a run of bytes, or truncate. */
const byteEdit = (fc) =>
  fc.oneof(
    fc.record({op: fc.constant('delete'), at: fc.nat(), length: fc.integer({min: 1, max: 64})}),
    fc.record({op: fc.constant('duplicate'), at: fc.nat(), length: fc.integer({min: 1, max: 64})}),
    fc.record({op: fc.constant('set'), at: fc.nat(), values: fc.uint8Array({minLength: 1, maxLength: 8})}),
    fc.record({op: fc.constant('truncate'), at: fc.nat()})
  )

function applyByteEdits(bytes, edits) {
  let result = bytes
  for (const edit of edits) {
    if (result.length === 0) break
    const at = edit.at % result.length
    if (edit.op === 'delete') result = concat(result.subarray(0, at), result.subarray(at + edit.length))
    else if (edit.op === 'duplicate') result = concat(result.subarray(0, at + edit.length), result.subarray(at))
    else if (edit.op === 'truncate') result = result.subarray(0, at)
    else {
      result = Uint8Array.from(result)
      result.set(edit.values.subarray(0, result.length - at), at)
    }
  }
  return result
}

function concat(a, b) {
  const result = new Uint8Array(a.length + b.length)
  result.set(a)
  result.set(b, a.length)
  return result
}

/** A real file's bytes with runs deleted, duplicated, overwritten or cut off. */
export const mutatedBytes = (fc, files) =>
  fc.record({source: fc.constantFrom(...files), edits: fc.array(byteEdit(fc), {minLength: 1, maxLength: 4})}).map(({source, edits}) => ({
    name: source.name,
    bytes: applyByteEdits(source.bytes, edits)
  }))
