import {sameFindingText} from '@scrutiny/parser/internal'
import {normaliseName} from '@scrutiny/schema/internal'
import type {
  Finding,
  FindingKind,
  FindingReference,
  FindingResponse,
  PartKind,
  SourceSpan,
  Stance,
  StatutoryResponse
} from '@scrutiny/schema'

/** One finding of the report and where the response answers it. */
export interface CoverageRow {
  /** The report's finding id; absent when the finding comes from the response's own quotes. */
  findingId?: string
  kind: FindingKind
  number?: string
  /** The finding's text (from the report, or as the response quotes it). */
  text: string
  /** Addressee kinds of a recommendation, from the report. */
  addressees?: string[]
  /** True when some passage states action taken, action proposed or no action with a reason. */
  answered: boolean
  /** The best answer: action over "noted", the body's own parts over the chief officer's. */
  stance?: Stance
  part?: PartKind
  matchedBy?: FindingReference['matchedBy']
  /** The answering passage, verbatim. */
  quote?: string
  position?: SourceSpan
  /** Every part that answers the finding with more than "noted". */
  answeredIn: PartKind[]
  /**
   * The body's own best answer (in its comments or its response to the chief officer), where the best
   * answer above is not in those parts (the chief officer's, or in no part): the passage that meets
   * `explanations-in-lpb-comments`.
   */
  ownAnswer?: {part: PartKind; quote: string; position: SourceSpan}
}

const stanceRank: Record<Stance, number> = {'action-taken': 3, 'action-proposed': 3, 'no-action': 3, noted: 0}
const partRank: Record<PartKind, number> = {'lpb-comments': 2, 'response-to-chief-officer': 2, 'chief-officer-comments': 1}

// The body's own parts: its comments and its response to the chief officer's.
const bodyParts = new Set<PartKind | undefined>(['lpb-comments', 'response-to-chief-officer'])

const matchRank: Record<FindingReference['matchedBy'], number> = {quote: 2, number: 2, paraphrase: 1}

// An action beats "noted"; a direct reference beats a general mention; the body's parts beat the chief's.
function rank(answer: FindingResponse): number {
  return stanceRank[answer.stance] * 100 + matchRank[answer.finding.matchedBy] * 10 + (answer.part ? partRank[answer.part] : 0)
}


function refersTo(reference: FindingReference, finding: Finding, uniqueNumber: boolean): boolean {
  if (reference.findingId !== undefined) return reference.findingId === finding.id
  if (reference.quote !== undefined) return sameFindingText(reference.quote, finding.text)
  return uniqueNumber && reference.kind === finding.kind && reference.number === finding.number
}

function toRow(base: Omit<CoverageRow, 'answered' | 'answeredIn'>, answers: FindingResponse[]): CoverageRow {
  const ranked = [...answers].sort((a, b) => rank(b) - rank(a))
  const best = ranked[0]
  const answeredIn = [
    ...new Set(answers.filter((a) => a.stance !== 'noted' && a.part !== undefined).map((a) => a.part as PartKind))
  ]
  if (!best) return {...base, answered: false, answeredIn}
  const own = bodyParts.has(best.part) ? undefined : ranked.find((answer) => answer.stance !== 'noted' && bodyParts.has(answer.part))
  return {
    ...base,
    answered: best.stance !== 'noted',
    stance: best.stance,
    ...(best.part ? {part: best.part} : {}),
    matchedBy: best.finding.matchedBy,
    quote: best.text,
    position: best.position,
    answeredIn,
    ...(own ? {ownAnswer: {part: own.part!, quote: own.text, position: own.position}} : {})
  }
}

const maxQuotedForContainment = 500

/** What identifies a reference: its kind and its quote, normalised, or its number. */
function referenceKey(finding: FindingReference): string {
  const kind = finding.kind ?? 'recommendation'
  return finding.quote ? `${kind}:${normaliseName(finding.quote)}` : `${kind}#${finding.number ?? ''}`
}

/** Group the response's own references into findings, for when no report is given. */
function quotedFindings(response: StatutoryResponse): Array<{key: string; kind: FindingKind; number?: string; text: string}> {
  const seen = new Map<string, {key: string; kind: FindingKind; number?: string; text: string}>()
  for (const {finding} of response.findingResponses) {
    const kind = finding.kind ?? 'recommendation'
    const text = finding.quote ?? `${kind.replace(/-/g, ' ')} ${finding.number ?? ''}`.trim()
    const key = referenceKey(finding)
    if (!seen.has(key)) seen.set(key, {key, kind, ...(finding.number ? {number: finding.number} : {}), text})
  }
  return [...seen.values()]
}

/**
 * The coverage table: every finding (of the report, or quoted by the response when no findings are
 * given) with where and how the response answers it.
 *
 * @example
 *   coverage(seedResponse, seedReport.findings).map((row) => [row.findingId, row.part, row.stance])
 *   // [['afi-1', 'response-to-chief-officer', 'action-taken'], …]
 */
export function coverage(response: StatutoryResponse, findings: readonly Finding[]): CoverageRow[] {
  if (findings.length === 0) {
    // Each answer's key is made once, not once per finding it is compared with.
    const keyed = response.findingResponses.map((answer) => ({answer, key: referenceKey(answer.finding)}))
    const byKey = new Map<string, FindingResponse[]>()
    for (const {answer, key} of keyed) {
      const answers = byKey.get(key)
      if (answers) answers.push(answer)
      else byKey.set(key, [answer])
    }
    const quoted = quotedFindings(response)
    // A quote that contains another (a shortened or a longer quote of one finding) can only be found
    // pair by pair; past `maxQuotedForContainment` quotes (no real response has so many), quotes
    // are matched by their normalised text alone, so the table stays linear in the response.
    const containment = quoted.length <= maxQuotedForContainment
    return quoted.map(({key, ...finding}) =>
      toRow(
        finding,
        containment
          ? keyed
              .filter(({answer: {finding: reference}, key: answerKey}) =>
                answerKey === key || (reference.quote !== undefined && (reference.kind ?? 'recommendation') === finding.kind && sameFindingText(reference.quote, finding.text))
              )
              .map(({answer}) => answer)
          : (byKey.get(key) ?? [])
      )
    )
  }
  const numbered = new Map<string, number>()
  for (const finding of findings) numbered.set(`${finding.kind}#${finding.number}`, (numbered.get(`${finding.kind}#${finding.number}`) ?? 0) + 1)
  // A reference tied to a finding by id (all of them, once `link` has matched them) refers to that
  // one only, so it is looked up, not compared with every finding: thousands of findings each
  // answered once made the table quadratic. The others are compared with each finding.
  const answers = response.findingResponses
  const byId = new Map<string, number[]>()
  const untied: number[] = []
  answers.forEach((answer, at) => {
    const id = answer.finding.findingId
    if (id === undefined) untied.push(at)
    else if (byId.has(id)) byId.get(id)!.push(at)
    else byId.set(id, [at])
  })
  return findings.map((finding) => {
    const uniqueNumber = numbered.get(`${finding.kind}#${finding.number}`) === 1
    const tied = byId.get(finding.id) ?? []
    const referring = untied.filter((at) => refersTo(answers[at]!.finding, finding, uniqueNumber))
    return toRow(
      {
        findingId: finding.id,
        kind: finding.kind,
        ...(finding.number ? {number: finding.number} : {}),
        text: finding.text,
        ...(finding.kind === 'recommendation' ? {addressees: finding.addressees.map((a) => a.kind)} : {})
      },
      // In the response's order, which breaks ties between equally good answers.
      (referring.length === 0 ? tied : [...tied, ...referring].sort((a, b) => a - b)).map((at) => answers[at]!)
    )
  })
}
