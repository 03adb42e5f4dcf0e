import {isPageNumberLine, runningLineKey} from '@scrutiny/parser/internal'

/** A run of text on one baseline, in PDF units (y grows upwards). */
export interface Fragment {
  text: string
  x0: number
  x1: number
  y: number
  size: number
  page: number
}

/** A text item as pdf.js gives it, with the fields used here. */
export interface TextItem {
  str: string
  width: number
  height: number
  transform: number[]
}

/** Items closer than this many font sizes on one baseline belong to the same fragment; wider gaps are gutters. */
const gutterGap = 1.5
/** Running headers and footers live in this share of the page height at the top and the bottom. */
const marginShare = 0.08

/** Group a page's items into fragments: one per baseline, split where a gap is wide enough to be a gutter. */
export function toFragments(items: TextItem[], page: number): Fragment[] {
  const runs = items
    .filter((item) => item.str.trim() !== '')
    .map((item) => ({
      text: item.str,
      x0: item.transform[4]!,
      x1: item.transform[4]! + item.width,
      y: item.transform[5]!,
      size: Math.hypot(item.transform[2]!, item.transform[3]!) || item.height || 1
    }))
    .sort((a, b) => b.y - a.y || a.x0 - b.x0)

  const fragments: Fragment[] = []
  let baseline: typeof runs = []
  const flush = () => {
    baseline.sort((a, b) => a.x0 - b.x0)
    let current: Fragment | undefined
    for (const run of baseline) {
      const gap = current ? run.x0 - current.x1 : Infinity
      if (current && gap < gutterGap * run.size) {
        const spaced = gap > 0.1 * run.size && !/\s$/.test(current.text) && !/^\s/.test(run.text)
        current.text += (spaced ? ' ' : '') + run.text
        current.x1 = Math.max(current.x1, run.x1)
        current.size = Math.max(current.size, run.size)
      } else {
        current = {text: run.text, x0: run.x0, x1: run.x1, y: run.y, size: run.size, page}
        fragments.push(current)
      }
    }
    baseline = []
  }
  for (const run of runs) {
    const first = baseline[0]
    if (first && Math.abs(first.y - run.y) > 0.35 * Math.min(first.size, run.size)) flush()
    baseline.push(run)
  }
  flush()
  // Spacing inside a fragment is kept as printed ("2.  Comments" sets a section number apart).
  for (const fragment of fragments) fragment.text = fragment.text.trim()
  return fragments
}

/**
 * Drop running headers and footers: fragments in the top or bottom margin whose text (digits
 * ignored) recurs in the margins of two or more pages, and page numbers wherever they stand (a
 * fragment that is only a number carries no content, and the plain-text path drops the same lines).
 * Returns what was kept and how many were dropped.
 */
export function dropRunningLines(pages: Array<{fragments: Fragment[]; height: number; bottom: number}>): {
  pages: Fragment[][]
  dropped: number
} {
  const inMargin = (fragment: Fragment, height: number, bottom: number) =>
    fragment.y > bottom + height * (1 - marginShare) || fragment.y < bottom + height * marginShare
  const key = (fragment: Fragment) => runningLineKey(fragment.text)

  const pagesByKey = new Map<string, Set<number>>()
  for (const {fragments, height, bottom} of pages) {
    for (const fragment of fragments) {
      if (!inMargin(fragment, height, bottom)) continue
      const seen = pagesByKey.get(key(fragment)) ?? new Set<number>()
      seen.add(fragment.page)
      pagesByKey.set(key(fragment), seen)
    }
  }

  let dropped = 0
  const kept = pages.map(({fragments, height, bottom}) =>
    fragments.filter((fragment) => {
      const running =
        isPageNumberLine(fragment.text) ||
        (inMargin(fragment, height, bottom) && (pagesByKey.get(key(fragment))?.size ?? 0) >= 2)
      if (running) dropped++
      return !running
    })
  )
  return {pages: kept, dropped}
}

/** A fragment in reading order, with the column it sits in (0 for full width or a single column). */
export interface Line extends Fragment {
  column: number
}

/**
 * Put a page's fragments in reading order. If a vertical gutter near the middle separates
 * fragments that share baselines on both sides, the page has two columns: between full-width
 * fragments (titles, wide headings), the left column is read before the right one.
 */
export function readingOrder(fragments: Fragment[], left: number, width: number): Line[] {
  const sorted = [...fragments].sort((a, b) => b.y - a.y || a.x0 - b.x0)
  const gutter = findGutter(sorted, left, width)
  if (gutter === undefined) return sorted.map((fragment) => ({...fragment, column: 0}))

  const lines: Line[] = []
  let leftColumn: Line[] = []
  let rightColumn: Line[] = []
  const flush = () => {
    // A loop, not a spread: a page of a million fragments would pass the engine's argument limit.
    for (const line of leftColumn) lines.push(line)
    for (const line of rightColumn) lines.push(line)
    leftColumn = []
    rightColumn = []
  }
  for (const fragment of sorted) {
    if (fragment.x1 <= gutter) leftColumn.push({...fragment, column: 1})
    else if (fragment.x0 >= gutter) rightColumn.push({...fragment, column: 2})
    else {
      flush()
      lines.push({...fragment, column: 0})
    }
  }
  flush()
  return lines
}

function findGutter(fragments: Fragment[], left: number, width: number): number | undefined {
  if (fragments.length < 6) return undefined
  // How many fragments cover each point across the middle of the page.
  const from = Math.floor(left + width * 0.3)
  const to = Math.ceil(left + width * 0.7)
  const coverage = new Array<number>(to - from + 1).fill(0)
  for (const fragment of fragments) {
    for (let x = Math.max(from, Math.ceil(fragment.x0)); x <= Math.min(to, Math.floor(fragment.x1)); x++) coverage[x - from]!++
  }
  let best = -1
  for (let index = 0; index < coverage.length; index++) {
    if (best < 0 || coverage[index]! < coverage[best]!) best = index
  }
  const gutter = from + best
  const crossing = coverage[best]!
  const leftSide = fragments.filter((fragment) => fragment.x1 <= gutter)
  const rightSide = fragments.filter((fragment) => fragment.x0 >= gutter)
  if (leftSide.length < 3 || rightSide.length < 3 || crossing > fragments.length * 0.2) return undefined
  // Two columns stand side by side: their vertical extents overlap for most of the shorter one.
  const extent = (side: Fragment[]) => side.reduce(([low, high], {y}) => [Math.min(low, y), Math.max(high, y)] as const, [Infinity, -Infinity] as const)
  const [leftLow, leftHigh] = extent(leftSide)
  const [rightLow, rightHigh] = extent(rightSide)
  const overlap = Math.min(leftHigh, rightHigh) - Math.max(leftLow, rightLow)
  const shorter = Math.min(leftHigh - leftLow, rightHigh - rightLow)
  return shorter > 0 && overlap >= shorter * 0.5 ? gutter : undefined
}
