// Page furniture: what a web page or a PDF prints around a document, never its content. One list,
// shared by the report and response paths, the plain-text segmenter and the PDF converter, so a line
// that is furniture in one is furniture in all. Each pattern is anchored alternations of literals and
// bounded runs, so matching is linear in the input.

/**
 * Web-page chrome copied with the text: navigation ("Back to Glossary", "Skip Content", a breadcrumb trail "Home >
 * Latest News > …"), accessibility and cookie controls ("Accessibility Options", "Font size: A A", "Contrast: C C",
 * "This site uses cookies", "We use necessary cookies …", "Necessary cookies enable …"), a beta notice ("This site is
 * a beta, which means …"), the site's telephone line ("Non-emergency call 101", "Call 999 in emergencies or 101 for
 * non-emergencies"), print and download links, a "Contents" or "Menu" label, the page's "Last updated" line, and a
 * news site's advertising ("Hide Ad", "- Advertisement -", "Watch more of our videos on …"), whose "our" is the
 * site's, not a speaker's.
 */
const webChrome =
  /^(?:skip (?:to|content)\b|home[ \t]?[>›»][ \t]|(?:text|font) size\b|contrast:|open menu|quick(?:ly)? exit|accessibility (?:settings|options|tools)\b|banner image|this is the archived version|this (?:web)?site is (?:a |in )?beta\b|we use (?:[a-z]+ ){0,2}cookies\b|this (?:web)?site uses cookies\b|(?:necessary|essential|analytics) cookies\b|(?:call 999|non[- ]emergency)\b[^.\n]{0,40}\b101(?: for non[- ]emergencies)?$|you can manage your preferences|your cookie preferences|sorry, there was a technical problem|change font size|print this\b|back to (?:the )?(?:top|glossary|contents|index|results)$|get the report$|contents$|menu$|last updated\b|t: \d|youtube$|hide ad(?:\s{1,3}hide ad){0,3}$|[-–—]?[ \t]?advertisement[ \t]?[-–—]?$|watch more (?:of )?our videos\b)/i

// PDF page numbers: "12", "Page 3 of 30", "- 4 -".
const pageNumber = /^(?:page\s{1,3})?\d{1,4}(?:\s{1,3}of\s{1,3}\d{1,4})?$|^[-–—]\s?\d{1,4}\s?[-–—]$/i
// The longest line `pageNumber` matches ("page   1234   of   1234"): longer lines are not tried.
const maxPageNumberLength = 23
const isPageNumber = (trimmed: string): boolean => trimmed.length <= maxPageNumberLength && pageNumber.test(trimmed)

/**
 * Whether a whole line is a page number ("12", "Page 3 of 40", "– 7 –"): page furniture in text
 * extracted from PDFs, never content. A numbered paragraph ("12. The force should …") is not.
 *
 * @example isPageNumberLine('Page 3 of 40') // true
 */
export function isPageNumberLine(line: string): boolean {
  return isPageNumber(line.trim())
}

const digitRun = /\d+/g

/**
 * What a running header or footer keeps from page to page: its text with every number (the page's)
 * made `#` and case ignored. A line whose key recurs page after page is furniture.
 *
 * @example runningLineKey('Essex Police – page 12') // 'essex police – page #'
 */
export function runningLineKey(line: string): string {
  return line.toLowerCase().replace(digitRun, '#')
}

/**
 * Whether a whole block or line is page furniture: web-page chrome ("Skip to content", a cookie
 * notice, "Print this document", "Contents", "Last updated 27/09/2019") or a page number (which is
 * also how a web page prints a bare question number above its heading).
 *
 * @example isPageFurniture('Skip to main content') // true
 * @example isPageFurniture('12. The force should improve.') // false
 */
export function isPageFurniture(text: string): boolean {
  const trimmed = text.trim()
  return webChrome.test(trimmed) || isPageNumber(trimmed)
}
