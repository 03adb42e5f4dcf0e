import type {Finding, InspectionReport, SourceSpan, StatutoryResponse} from '@scrutiny/schema'
import type {VFile} from 'vfile'
import type {CoverageRow} from './coverage.js'

/** How loudly a rule speaks: an error breaks the statute, a warning may, info is advice. */
export type Severity = 'error' | 'warning' | 'info'

/** The two presets: `recommended` checks the statute, `strict` adds good practice. */
export type PresetName = 'recommended' | 'strict'

/** What a rule rests on (labels of `shared/reference/section55.md` §7 and §8). */
export type RuleBasis = 'statute' | 'statute-unverifiable' | 'good-practice'

/** Everything a rule may look at. */
export interface RuleContext {
  response: StatutoryResponse
  report?: InspectionReport
  /** The report's findings (or those passed as `findings`); empty when neither was given. */
  findings: Finding[]
  /** Where the response answers each finding (see `coverage`). */
  coverage: CoverageRow[]
  /** Day 1 of the s.55(5A) period, when known. */
  reportPublishedOn?: string
  /** The response's publication (or signature) date, when known. */
  publishedOn?: string
  /** Today, for a draft. */
  asAt?: string
  /** The source, for rules that need the text around the parts (footnotes, links). */
  file?: VFile
}

/** One finding of a rule, before the linter turns it into a `VFileMessage`. */
export interface RuleReport {
  /** "Unexpected …, expected …". */
  reason: string
  place?: SourceSpan
  /** Severity of this message when the config does not set the rule's; default: the rule's. */
  severity?: Severity
  expected?: string[]
  actual?: string
}

/** A lint rule: one statutory duty or one piece of good practice. */
export interface Rule {
  id: string
  /** What the rule checks, one sentence. */
  description: string
  /** The statutory citation or guidance the rule rests on, set as the message `note`. */
  source: string
  basis: RuleBasis
  /** Default severity per preset; absent means the rule is off in that preset. */
  severity: Partial<Record<PresetName, Severity>>
  /** Its section of `docs/rules.md`. */
  url: string
  /** Runs on a report section 55 does not reach (a fire report); every other rule is skipped there. */
  runsOutsideSection55?: boolean
  check(context: RuleContext): RuleReport[]
}

const docsUrl = 'https://github.com/scrutiny-dev/scrutiny/blob/main/docs/rules.md'

/**
 * Define a rule: adds its docs URL.
 *
 * @example
 *   const rule = defineRule({id: 'lpb-comments', …, check: () => []})
 *   rule.url // 'https://github.com/scrutiny-dev/scrutiny/blob/main/docs/rules.md#lpb-comments'
 */
export function defineRule(rule: Omit<Rule, 'url'>): Rule {
  return {...rule, url: `${docsUrl}#${rule.id}`}
}
