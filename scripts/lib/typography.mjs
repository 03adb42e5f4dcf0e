// Meaning-preserving rewrites of a report's typography and transcription: what another copy of the
// same page (another browser, a word processor, a web archive, a re-typed PDF) prints for the same
// words. The parser should read the genre, not one copy's typography, so each rewrite must leave the
// findings, grades and subjects as they were, and their quotes equal once both are folded with
// `foldTypography`. Shared by `scripts/diff-typography.mjs` and the parser's typography test.
//
// Not here, on purpose: a zero-width space or a soft hyphen inside a word. Both change the verbatim
// quote (the characters are kept, as the quote must be), so they are not meaning-preserving for it.

const gradeWord = /\b(outstanding|good|adequate|requires improvement|inadequate)\b/gi
// A heading-like line: short, starting with a capital, with no sentence punctuation at its end and
// no verb of a sentence (a line cut short, "Essex Police is good at investigating crime and", is prose).
const headingLine = /^([ \t]*)(\p{Lu}[^\n.;:!?]{2,70}[^\n.;:!?\s])[ \t]*$/gmu
const sentenceVerb = /\b(?:is|are|was|were|has|have|had|will|should|must)\b/
const bulletLine = /^([ \t]*)[•●▪◦‣∙*-](?=[ \t\u00A0]+\S)/gm
const titleCase = (words) => words.toLowerCase().replace(/\b\p{Ll}/gu, (letter) => letter.toUpperCase())
// Every second space between two words (so a line keeps both kinds).
const everySecondSpace = (text, space) => {
  let count = 0
  return text.replace(/(?<=\S) (?=\S)/g, () => (count++ % 2 === 0 ? space : ' '))
}

/** Each rewrite by name: text in, the same words in another typography out. */
export const transformations = {
  'straight quotes': (text) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"'),
  'curly quotes': (text) =>
    text
      .replace(/"([^"\n]*)"/g, '“$1”')
      .replace(/(?<=\p{L})'(?=\p{L})/gu, '’')
      .replace(/(^|[\s(])'(?=\S)/gm, '$1‘')
      .replace(/(?<=\S)'/g, '’'),
  'en dashes as hyphens': (text) => text.replace(/ [–—] /g, ' - '),
  'hyphens as en dashes': (text) => text.replace(/(?<=\S) - (?=\S)/g, ' – '),
  'en dashes as em dashes': (text) => text.replace(/ – /g, ' — '),
  'no-break spaces': (text) => everySecondSpace(text, '\u00A0'),
  'thin spaces': (text) => everySecondSpace(text, '\u2009'),
  'CRLF line ends': (text) => text.replace(/\r?\n/g, '\r\n'),
  'judgement as judgment': (text) => text.replace(/judgement/g, 'judgment').replace(/Judgement/g, 'Judgment'),
  'judgment as judgement': (text) => text.replace(/judgment/g, 'judgement').replace(/Judgment/g, 'Judgement'),
  'grade words capitalised': (text) => text.replace(gradeWord, titleCase),
  'headings in upper case': (text) => text.replace(headingLine, (line, indent, heading) => (sentenceVerb.test(heading) ? line : `${indent}${heading.toUpperCase()}`)),
  'PEEL years with a dash': (text) => text.replace(/\b(PEEL 20\d\d)\/(\d\d)\b/g, '$1–$2'),
  'PEEL years with a slash': (text) => text.replace(/\b(PEEL 20\d\d)[–-](\d\d)\b/g, '$1/$2'),
  'trailing spaces': (text) => text.replace(/(?<=\S)(?=\r?\n)/g, '  '),
  'blank lines doubled': (text) => text.replace(/\n[ \t]*\n/g, '\n\n\n'),
  'bullets as •': (text) => text.replace(bulletLine, '$1•'),
  'bullets as -': (text) => text.replace(bulletLine, '$1-'),
  'bullets as *': (text) => text.replace(bulletLine, '$1*')
}

/**
 * Folds what the rewrites change, so a quote read from a rewritten copy compares equal to the one
 * read from the original: quotes and dashes to one form, every space to one space, the one spelling
 * of "judgement", PEEL years with a slash, and case (headings and grade words change case).
 */
export function foldTypography(text) {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/judgment/gi, 'judgement')
    .replace(/\b(PEEL 20\d\d)-(\d\d)\b/gi, '$1/$2')
    .replace(/[\s\u00A0\u2009]+/g, ' ')
    // List markers (and the hyphens dashes became) are layout, not words.
    .replace(/(?:^| )[•●▪◦‣∙*-](?= |$)/g, '')
    .replace(/ +/g, ' ')
    .trim()
    .toLowerCase()
}

/** What a parse gives, as lines to compare: findings, history and grades, quotes folded. */
export function typographyReading(parseReport, text, options) {
  try {
    const {report} = parseReport(text, options)
    const findings = [...report.findings, ...(report.history ?? []).map((item) => ({...item, history: true}))]
    return [
      ...findings.map((finding) => `${finding.history ? 'history ' : ''}${finding.kind}: ${foldTypography(finding.text)} [${foldTypography(finding.subject ?? '')}]`),
      ...report.grades.map((grade) => `grade ${grade.grade}: ${foldTypography(grade.subject ?? '')} / ${foldTypography(grade.area ?? '')}`)
    ].sort()
  } catch (error) {
    return [`error ${error.name}: ${error.message}`]
  }
}
