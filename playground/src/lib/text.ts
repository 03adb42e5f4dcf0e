import type {SourcePoint, SourceSpan} from '@scrutiny/schema'

/** Offset of `point` in `text`: its own `offset`, or counted from line and column. */
export function pointOffset(text: string, point: SourcePoint): number {
  if (point.offset !== undefined) return point.offset
  let offset = 0
  for (let line = 1; line < point.line; line++) {
    const next = text.indexOf('\n', offset)
    if (next === -1) return text.length
    offset = next + 1
  }
  return Math.min(offset + point.column - 1, text.length)
}

/** The `[start, end)` offsets of a span in `text`. */
export function spanOffsets(text: string, span: SourceSpan): [number, number] {
  return [pointOffset(text, span.start), pointOffset(text, span.end)]
}

/** Shorten a quote for display, cutting at a word boundary. */
export function shorten(text: string, maxLength = 400): string {
  if (text.length <= maxLength) return text
  const cut = text.lastIndexOf(' ', maxLength)
  return `${text.slice(0, cut > maxLength / 2 ? cut : maxLength)} …`
}
