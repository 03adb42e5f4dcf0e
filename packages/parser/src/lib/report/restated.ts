import type {Addressee, Finding, HistoricalFinding, ReportKind} from '@scrutiny/schema'
import {normaliseText} from '../normalise-text.js'

// Letters that revisit causes of concern: everything they quote as a cause of concern or its
// recommendation was issued by the inspection they revisit. (A revisit inspection report, kind
// `revisit`, can make recommendations of its own, so it is not one of these.)
const revisitLetters: ReadonlySet<ReportKind> = new Set(['cause-of-concern-revisit', 'fire-and-rescue-revisit'])
const restatedKinds: ReadonlySet<Finding['kind']> = new Set(['cause-of-concern', 'recommendation'])

/**
 * A report's findings and history once its kind is known: in a revisit or progress letter the
 * causes of concern and recommendations it quotes become history (in document order with the
 * history already read), and a restated finding quoted twice, or quoted in short ("The service
 * still doesn’t have an effective system …") and then in full, is kept once, in full.
 */
export function withRestatedFindings(kind: ReportKind, findings: Finding[], history: HistoricalFinding[]): {findings: Finding[]; history: HistoricalFinding[]} {
  const moved = revisitLetters.has(kind) ? findings.filter((finding) => restatedKinds.has(finding.kind)) : []
  const kept = moved.length === 0 ? findings : findings.filter((finding) => !restatedKinds.has(finding.kind))
  const all = [...history, ...moved.map(asHistory)].sort((a, b) => (a.position.start.offset ?? 0) - (b.position.start.offset ?? 0))
  return {findings: kept, history: withoutRepeats(all)}
}

function asHistory(finding: Finding): HistoricalFinding {
  return {
    kind: finding.kind,
    text: finding.text,
    section: finding.section,
    position: finding.position,
    ...(finding.number === undefined ? {} : {number: finding.number}),
    ...(finding.kind === 'recommendation' ? demandOfHistory(finding.addressees, finding.deadline) : {})
  }
}

/**
 * The addressees and deadline a restated recommendation keeps from the demand it was read with,
 * each only when read: a history item has no empty addressee list.
 */
export function demandOfHistory(addressees: readonly Addressee[] | undefined, deadline: string | undefined): Pick<HistoricalFinding, 'addressees' | 'deadline'> {
  return {...(addressees && addressees.length > 0 ? {addressees: [...addressees]} : {}), ...(deadline ? {deadline} : {})}
}

/**
 * Drop an item whose text (normalised) is another item's of the same kind, or its beginning. In
 * sorted order the texts that begin with a text follow it at once, so one sort finds them all.
 */
function withoutRepeats(items: HistoricalFinding[]): HistoricalFinding[] {
  const keyed = items.map((item, index) => ({index, key: `${item.kind}\u0000${normaliseText(item.text).toLowerCase()}`}))
  // Equal texts sort last-quoted first, so the first quotation is the one kept.
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : b.index - a.index))
  const dropped = new Set<number>()
  for (let at = 0; at < keyed.length - 1; at++) if (keyed[at + 1]!.key.startsWith(keyed[at]!.key)) dropped.add(keyed[at]!.index)
  return dropped.size === 0 ? items : items.filter((_, index) => !dropped.has(index))
}
