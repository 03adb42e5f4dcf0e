import type {Point} from 'unist'

/** The offsets at which the lines of `source` start, for `pointAt`. */
export function lineStarts(source: string): number[] {
  const starts = [0]
  for (let index = source.indexOf('\n'); index !== -1; index = source.indexOf('\n', index + 1)) starts.push(index + 1)
  return starts
}

/** The line and column of an offset, by binary search of the line starts (no rescan per point). */
export function pointAt(starts: readonly number[], offset: number): Point {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (starts[middle]! <= offset) low = middle
    else high = middle - 1
  }
  return {line: low + 1, column: offset - starts[low]! + 1, offset}
}
