import type {VFileMessage} from 'vfile-message'

/** An mdast node as `@scrutiny/convert` makes it: a position into its synthetic text, and the Word paragraph it came from. */
interface ConvertedNode {
  type: string
  depth?: number
  position?: {start: {offset?: number}; end: {offset?: number}}
  data?: {paragraph?: number}
  children?: ConvertedNode[]
}

/** Which Word paragraphs the passages of a converted document's text came from. */
export interface ParagraphLocator {
  /** The Word paragraph (from 0) that holds `offset` of the converted text. */
  at(offset: number): number | undefined
  /** The title's paragraph: where whole-document messages go. */
  title: number | undefined
}

/**
 * A locator over the tree `readDocument` returns: every node that says which Word paragraph it
 * came from, by where it starts in the converted text. Walked with a stack, not recursion.
 */
export function paragraphLocator(root: object): ParagraphLocator {
  // Typed loosely: the mdast `Root` of `readDocument`, whose `data` convert augments.
  const tree = root as ConvertedNode
  const starts: Array<{offset: number; paragraph: number}> = []
  let title: number | undefined
  let first: number | undefined
  const stack: ConvertedNode[] = [tree]
  for (let node = stack.pop(); node; node = stack.pop()) {
    const paragraph = node.data?.paragraph
    const offset = node.position?.start.offset
    if (paragraph !== undefined && offset !== undefined) {
      starts.push({offset, paragraph})
      first ??= paragraph
      if (title === undefined && node.type === 'heading' && node.depth === 1) title = paragraph
    }
    if (node.children) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
  }
  starts.sort((a, b) => a.offset - b.offset)
  return {
    title: title ?? first,
    at(offset) {
      // The last node starting at or before the offset holds it.
      let low = 0
      let high = starts.length - 1
      let found: number | undefined
      while (low <= high) {
        const middle = (low + high) >> 1
        if (starts[middle]!.offset <= offset) {
          found = starts[middle]!.paragraph
          low = middle + 1
        } else high = middle - 1
      }
      return found
    }
  }
}

/** The first and last Word paragraph a message concerns; the title's for a whole-document message. */
export function messageParagraphs(message: VFileMessage, locator: ParagraphLocator): [number, number] | undefined {
  const place = message.place
  const span = place && 'start' in place ? place : undefined
  const startOffset = span ? span.start.offset : place && 'offset' in place ? place.offset : undefined
  const start = startOffset === undefined ? undefined : locator.at(startOffset)
  if (start === undefined) return locator.title === undefined ? undefined : [locator.title, locator.title]
  const endOffset = span?.end.offset
  // The end offset is exclusive: the passage's last character is one before it.
  const end = endOffset === undefined || endOffset <= (startOffset ?? 0) ? start : (locator.at(endOffset - 1) ?? start)
  return [start, Math.max(start, end)]
}
