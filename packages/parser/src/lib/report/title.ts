// A saved page's title, read from its first blocks. A web page prints chrome above its title (a
// breadcrumb, a date, "Read more about Kent", an advert, a banner asking for consultation views, the
// inspectorate's name as a logo, an inspector's signature) and its sections below it ("Overall
// summary", "Our judgments", a pillar's question), so the title is the first heading that is not
// chrome, and only if it reads as a title: a section heading first means the page was saved from
// below its title, and no later heading is the page's title. A news item or release set as plain
// text often has no heading at all: then its headline is a short first line that is not a sentence.
// Every pattern is anchored alternations of literals and bounded runs: linear in the line.

/** Chrome printed above a title, tried on a trimmed line. */
const chrome = [
  // A publication line is a fact about the page, not its title: "Published on: 26 February 2025".
  /^published\b/i,
  // Links and labels: "Read more about Kent", "Download the full report", "Get the letter".
  /^(?:read more\b|download\b|get the (?:letter|report)\b|notes? to editors?$|advertisement\b|looking for\b|sort by\b|share (?:this|on)\b)/i,
  // A breadcrumb: "Home > Fire > News", "Home | News | Article", "You are here: Home » News » …",
  // "Home   Bury St Edmunds   News" (the separators lost, the gaps kept).
  /^(?:you are here:\s*)?(?:home|news)\b[^>|»›]{0,80}[>|»›]|^home {2,}\S/i,
  // An empty page's heading: "404 Page not found".
  /^\d{3} page not found$/i,
  // A byline or a local paper's appeal: "By Jane Smith", "Support quality, independent, local journalism".
  /^by [A-Z][a-z]+ [A-Z]/,
  /^support\b.{0,60}\bjournalism\b/i,
  // An inspector's signature under a summary: "Matt Parr, HM Inspector of Fire and Rescue Services".
  /^[^,]{3,60}, (?:hm|her majesty[’']s|his majesty[’']s) (?:chief )?inspector\b/i,
  // The inspectorate's name as a logo or letterhead.
  /^(?:hm|her majesty[’']s|his majesty[’']s) inspectorate of constabulary(?: and fire (?:&|and) rescue(?: services?)?)?(?: \((?:hmicfrs|hmic)\))?$|^hmicfrs$|^hmic$/i,
  // The inspectorate's strapline, and a news feed's source line.
  /^promoting improvements\b|^source:/i,
  // A saved copy's provenance line ("title: …", "published: 2022-03-29"): a lower-case key and a colon.
  /^[a-z][a-z_]{1,20}:\s/,
  // A banner inviting views on the inspectorate's next programme, above the page's own title.
  /\bfor consultation$|\bis consulting on\b/i,
  // A notice about the site itself, never about an inspection: "Planned website downtime", "We use
  // cookies", "Visit the … website", "Skip to content", a prompt to enable JavaScript.
  /\b(?:website|cookies?|downtime|javascript)\b|\bskip to (?:main )?content\b/i,
  // Contact or subscription chrome: a telephone number ("Call … on 020 7230 2171"), an appeal for money.
  /\b0\d{2,4} \d{3,4} \d{3,4}\b|£\d+ a (?:month|year)\b/i
]

// Words a date line is made of: "Posted: Thu 2nd Mar 2017", "Monday 22 April 2024", "Post on 31-Jul-2020".
const dateWords = new Set(
  'posted post on date updated published at am pm jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday sun sunday'.split(' ')
)
const wordRun = /[a-z]+|\d+(?:st|nd|rd|th)?/gi
// "Posted: Wednesday 30th September 2020 at 10.30 am" is about as long as a date line gets.
const maxDateLineLength = 80

/** Whether a line is only a date (with "Posted", "on", a weekday, a time). */
export function isDateLine(text: string): boolean {
  if (text.length > maxDateLineLength) return false
  const words = text.match(wordRun) ?? []
  return words.length > 0 && words.some((word) => /^\d/.test(word)) && words.every((word) => /^\d/.test(word) || dateWords.has(word.toLowerCase()))
}

// A stored news page's date before its first line ("date 2022-11-25 Humberside Police force given …").
export const feedDate = /^date \d{4}-\d\d-\d\d\s+/i

const isChrome = (text: string): boolean => isDateLine(text) || chrome.some((pattern) => pattern.test(text))

// A pillar's or question's heading is a section of the page, never its title.
const sectionQuestion = /^(?:how (?:effective|efficient|well|good|legitimate)(?:ly)?\b|does the force\b|to what extent\b)/i
const year = /\b(?:19|20)\d\d\b/
const maxTitleLength = 250
// A headline set as the first line of plain text: short, and not a sentence or a lead ending in a colon.
const maxHeadlineLength = 160
const sentenceEnd = /[.,;:]$|^[["“‘']/
// A line with an address is a link or a source, not a headline ("… on ShotsTV.com and on Freeview").
const address = /:\/\/|\bwww\.|\w\.(?:com|org|net|co\.uk|gov\.uk|org\.uk)\b/i
// Paragraphs of prose read before the page is taken to have begun below its title: a title comes
// first. A short line ("HMICFRS logo", a caption) is not prose and does not count.
const maxLeadingParagraphs = 2
const minProseWords = 8

/** Whether a heading reads as a page's title: three words or more, or a place and a year ("Kent 2018/19"). */
function readsAsTitle(text: string): boolean {
  const words = text.split(/\s+/).length
  return words >= 3 || (words === 2 && year.test(text))
}

/** Finds a page's title in its first blocks, as they are read; `title` is the answer once read. */
export class TitleFinder {
  #title: string | undefined
  #open = true
  #paragraphs = 0

  get title(): string | undefined {
    return this.#title
  }

  /**
   * A heading, trimmed: chrome or a short label ("Press statement", "Overall summary") is passed
   * over, a question is a section (the page was saved from below its title), else the title.
   */
  heading(line: string): void {
    if (!this.#open) return
    const text = line.replace(feedDate, '')
    if (text.length > maxTitleLength || isChrome(text) || address.test(text)) return
    if (sectionQuestion.test(text)) this.#open = false
    else if (readsAsTitle(text)) {
      this.#title = text
      this.#open = false
    }
  }

  /** Any other block: a headline when no heading came first. Read only until the title is settled. */
  block(line: string): void {
    if (!this.#open) return
    const text = line.trim().replace(feedDate, '')
    if (isChrome(text)) return
    // A long block is prose, never a headline: it is not split into words.
    if (text.length > maxHeadlineLength) {
      if (++this.#paragraphs >= maxLeadingParagraphs) this.#open = false
      return
    }
    const words = text.split(/\s+/).length
    if (words >= 3 && !text.includes('\n') && !sentenceEnd.test(text) && !address.test(text)) {
      this.#title = text
      this.#open = false
    } else if (words >= minProseWords && ++this.#paragraphs >= maxLeadingParagraphs) this.#open = false
  }
}
