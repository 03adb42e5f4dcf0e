// The anchors GitHub gives a Markdown page's headings, for the tests that check each message's URL
// points at a heading of its generated docs page.

/** GitHub's anchor for each heading: lower case, punctuation but hyphens dropped, spaces as hyphens. */
export function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>()
  for (const match of markdown.matchAll(/^#{1,6} (.+)$/gm)) {
    anchors.add(match[1]!.toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-'))
  }
  return anchors
}
