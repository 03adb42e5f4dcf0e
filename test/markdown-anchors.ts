// The anchors GitHub gives a Markdown page's headings, for the tests that check each message's URL
// and each link of the docs points at a heading that exists.

/** A line that opens or closes a fenced code block (its lines are not headings or links). */
export const fence = /^\s*(?:```|~~~)/

/**
 * GitHub's anchor for each heading outside code blocks: lower case, punctuation but hyphens and
 * underscores dropped, spaces as hyphens; a repeated heading gets `-1`, `-2`, … as on GitHub; an
 * `<a name>` or `<a id>` is an anchor too.
 */
export function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>()
  const seen = new Map<string, number>()
  let inFence = false
  for (const line of markdown.split('\n')) {
    if (fence.test(line)) inFence = !inFence
    const heading = inFence ? null : /^#{1,6} (.+?)(?: +#+)? *$/.exec(line)
    if (!heading) continue
    const anchor = heading[1]!.toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-')
    const count = seen.get(anchor) ?? 0
    seen.set(anchor, count + 1)
    anchors.add(count === 0 ? anchor : `${anchor}-${count}`)
  }
  for (const match of markdown.matchAll(/<a (?:name|id)="([^"]+)"/g)) anchors.add(match[1]!)
  return anchors
}
