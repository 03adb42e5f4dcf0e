import type {Heading, Paragraph} from 'mdast'
import type {Position} from 'unist'

/**
 * A heading's or paragraph's text without its markers (a Markdown heading's `#`): from its first
 * child to its last, so slicing the source at it gives the text the reader sees.
 */
export function contentSpan(node: Heading | Paragraph): Position | undefined {
  const first = node.children[0]?.position
  const last = node.children.at(-1)?.position
  return first && last ? {start: first.start, end: last.end} : undefined
}
