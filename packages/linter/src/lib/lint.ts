import type {FindingKind, InspectionReport, SourceSpan, StatutoryResponse} from '@scrutiny/schema'
import {VFileMessage} from 'vfile-message'
import type {VFile} from 'vfile'
import type {ScrutinyConfig} from './config.js'
import {ConfigError} from './config.js'
import type {CoverageRow} from './coverage.js'
import type {DeadlineStatus} from './deadline.js'
import {disableComments} from './disable.js'
import {link} from './link.js'
import type {Link, LinkOptions, LinkedDates} from './link.js'
import {fill, ruleSpecs} from './messages.js'
import type {MessageSpec, Outcome} from './messages.js'
import {presets as builtInPresets} from './presets.js'
import type {Preset} from './presets.js'
import {RuleError, docsUrl} from './rule.js'
import type {Rule, RuleContext, RuleReport, Severity} from './rule.js'
import {rules as builtInRules} from './rules/index.js'
import {outsideSection55 as scopeOf} from './scope.js'
import {textState, unsettled} from './text-state.js'

export interface LintOptions extends LinkOptions {
  /** The report answered, e.g. from `parseReport`. */
  report?: InspectionReport
  /** The rules to run (default: the built-in `rules`); add house rules made with `defineRule`. */
  rules?: readonly Rule[]
  /** The presets to choose from (default: the built-in `presets`). */
  presets?: Readonly<Record<string, Preset>>
  /** Default: `config.preset`, then `'recommended'`. */
  preset?: string
  config?: ScrutinyConfig
  /** The source file: messages are added to it, and its `<!-- scrutiny-disable -->` comments apply. */
  file?: VFile
}

/** A lint message: a `VFileMessage` that also carries the plain form for people and its outcome. */
export interface LintMessage extends VFileMessage {
  /** The message's id in its rule's table, e.g. `missing`. */
  messageId: string
  outcome: Exclude<Outcome, 'met'>
  /** The plain form: what is missing or could not be checked. */
  plain: string
  /** What to add or check. */
  fix?: string
  /** Why the law (or good practice) asks for it, in plain words: the rule's `why`. */
  why?: string
}

/** The outcome of one rule on the response: met (with the passage), not met, or cannot tell. */
export interface CheckResult {
  ruleId: string
  outcome: Outcome
  /** The message of the rule's table that decided the outcome (e.g. `named`, `missing`). */
  messageId?: string
  /** The plain sentence of the deciding result ("The response names the report: …"). */
  plain: string
  /** For `met`: the passage that meets the check. */
  place?: SourceSpan
}

/** A row of the coverage table with its outcome: answered (met), not answered, or not found in a text that does not settle it. */
export interface CheckedRow extends CoverageRow {
  outcome: Outcome
}

export interface LintResult {
  messages: LintMessage[]
  /** The outcome of every rule that had something to check, in rule order. */
  checks: CheckResult[]
  coverage: CheckedRow[]
  /** The dates the checks used, and where each came from. */
  dates: LinkedDates
  deadline?: DeadlineStatus
  /**
   * Why there is no 56-day deadline although the report's date is known: the report predates the
   * limit (2 May 2017), or it is outside section 55 (a fire and rescue report).
   */
  noDeadline?: 'report-before-limit' | 'outside-section-55'
}

/** Why a report whose date is known has no 56-day deadline, if it has none. */
function noDeadlineOf(linked: Link, outsideSection55: boolean): Pick<LintResult, 'noDeadline'> {
  if (linked.dates.report === undefined) return {}
  if (outsideSection55) return {noDeadline: 'outside-section-55'}
  return linked.deadline === undefined ? {noDeadline: 'report-before-limit'} : {}
}

const answerless = new Set<FindingKind>(['innovative-practice', 'promising-practice'])
const outcomeRank: Record<Outcome, number> = {met: 0, 'cannot-tell': 1, 'not-met': 2}
const severityRank: Record<Severity, number> = {info: 0, warning: 1, error: 2}

/** A check that cannot tell is at most a warning: it asks a person to look, it does not say "must fix". */
function severityFor(outcome: Outcome, severity: Severity): Severity {
  return outcome === 'cannot-tell' && severityRank[severity] > severityRank.warning ? 'warning' : severity
}

function toMessage(
  rule: Pick<Rule, 'id' | 'url' | 'note' | 'why'>,
  messageId: string,
  spec: MessageSpec,
  outcome: LintMessage['outcome'],
  report: Omit<RuleReport, 'message'>,
  severity: Severity,
  file: VFile | undefined
): LintMessage {
  const message = new VFileMessage(fill(spec.reason, report.values), {
    ruleId: rule.id,
    source: 'scrutiny',
    ...(report.place ? {place: report.place} : {})
  }) as LintMessage
  if (file?.path) message.file = file.path
  if (rule.url) message.url = rule.url
  message.note = rule.note
  if (report.expected) message.expected = report.expected
  if (report.actual !== undefined) message.actual = report.actual
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
  message.messageId = messageId
  message.outcome = outcome
  message.plain = fill(spec.plain, report.values)
  if (spec.fix) message.fix = fill(spec.fix, report.values)
  message.why = rule.why
  file?.messages.push(message)
  return message
}

/** Unknown rule ids in the file's disable comments, as messages (they would silently turn nothing off). */
function unknownDisabled(file: VFile | undefined, known: ReadonlySet<string>): {disabled: Set<string>; messages: LintMessage[]} {
  const text = typeof file?.value === 'string' ? file.value : undefined
  const comments = text === undefined ? [] : disableComments(text)
  const spec = ruleSpecs['disable-comment']
  const rule = {id: 'disable-comment', url: `${docsUrl}#disable-comment`, note: spec.note, why: spec.why}
  const messages = comments
    .filter(({id}) => id !== '*' && !known.has(id))
    .map(({id, offset, length}) =>
      toMessage(rule, 'unknown-rule', spec.messages['unknown-rule'], 'not-met', {values: {id}, place: spanAt(text!, offset, length)}, 'warning', file)
    )
  return {disabled: new Set(comments.map(({id}) => id)), messages}
}

function pointAt(text: string, offset: number): SourceSpan['start'] {
  const before = text.slice(0, offset)
  const newline = before.lastIndexOf('\n')
  return {line: before.split('\n').length, column: offset - newline, offset}
}

function spanAt(text: string, offset: number, length: number): SourceSpan {
  return {start: pointAt(text, offset), end: pointAt(text, offset + length)}
}

/**
 * Check a section 55 response against the statute (and, in the `strict` preset, good practice) and
 * against the report it answers. Each rule gives an outcome: met (with the passage), not met (a
 * message at the rule's severity: an error only where the text settles it), or cannot tell (a
 * warning that says what to check).
 *
 * @example
 *   const {response} = parseResponse(text, {path: 'response.txt'})
 *   const {messages, checks, dates, deadline} = lint(response, {report, preset: 'strict'})
 * @throws {InvalidDateError} when a date option is not `YYYY-MM-DD`.
 * @throws {ConfigError} when the config or options name a rule or preset that does not exist.
 * @throws {RuleError} when a rule reports a message its table does not have.
 */
export function lint(response: StatutoryResponse, options: LintOptions = {}): LintResult {
  const {report, config, file} = options
  const rules = options.rules ?? builtInRules
  const presets: Readonly<Record<string, Preset>> = options.presets ?? builtInPresets
  const presetName = options.preset ?? config?.preset ?? 'recommended'
  const preset = presets[presetName]
  if (!preset) {
    throw new ConfigError('config', `unknown preset ${JSON.stringify(presetName)} (known: ${Object.keys(presets).join(', ')})`)
  }
  const known = new Set(rules.map((rule) => rule.id))
  const unknown = Object.keys(config?.rules ?? {}).filter((id) => !known.has(id))
  if (unknown.length > 0) {
    throw new ConfigError('config', `unknown rule(s) ${unknown.map((id) => JSON.stringify(id)).join(', ')}`)
  }
  const linked = link(response, options)
  const source = typeof file?.value === 'string' ? file.value : undefined
  const text = textState(source)
  // Outside section 55: a fire report given, or a text about a fire and rescue service only. Decided once
  // here for every rule: only the rules that say so run.
  const scope = scopeOf(report, source)
  // A finding not answered in a text cut off (or pointing to an annex) may be answered in the rest;
  // practice (innovative, promising) asks for no answer.
  const unanswered: Outcome = unsettled(text, 'anywhere') ? 'cannot-tell' : 'not-met'
  const coverage = linked.coverage.map(
    (row): CheckedRow => ({...row, outcome: row.answered || answerless.has(row.kind) ? 'met' : unanswered})
  )
  const context: RuleContext = {
    response,
    findings: linked.findings,
    coverage,
    unmatched: linked.unmatched,
    dates: linked.dates,
    ...(linked.deadline ? {deadline: linked.deadline} : {}),
    text,
    ...(scope ? {outsideSection55: scope} : {}),
    ...(report ? {report} : {}),
    ...(file ? {file} : {})
  }

  // A fire report is made under the Fire and Rescue Services Act 2004: only the rules that say so run.
  const outsideSection55 = scope !== undefined
  const {disabled, messages} = unknownDisabled(file, known)
  const checks: CheckResult[] = []
  for (const rule of rules) {
    const severity = config?.rules?.[rule.id] ?? preset.rules[rule.id]
    if (severity === undefined || severity === 'off' || disabled.has(rule.id) || disabled.has('*')) continue
    if (outsideSection55 && !rule.runsOutsideSection55) continue
    const reports = rule.check(context)
    // No result: nothing to check (a report without recommendations, a published response for `draft-days-left`).
    if (reports.length === 0) continue
    let decided: CheckResult | undefined
    for (const {message: messageId, ...report} of reports) {
      const spec = rule.messages[messageId]
      if (!spec) throw new RuleError(rule.id, messageId, Object.keys(rule.messages))
      if (!decided || outcomeRank[spec.outcome] > outcomeRank[decided.outcome]) {
        decided = {ruleId: rule.id, outcome: spec.outcome, messageId, plain: fill(spec.plain, report.values), ...(report.place ? {place: report.place} : {})}
      }
      const {outcome} = spec
      if (outcome !== 'met') messages.push(toMessage(rule, messageId, spec, outcome, report, severityFor(outcome, severity), file))
    }
    if (decided) checks.push(decided)
  }
  return {
    messages,
    checks,
    coverage,
    dates: linked.dates,
    // The 56 days are a section 55 limit: a fire report has none.
    ...(linked.deadline && !outsideSection55 ? {deadline: linked.deadline} : {}),
    ...noDeadlineOf(linked, outsideSection55)
  }
}
