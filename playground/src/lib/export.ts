import type {CheckOutcome} from './check.js'
import type {Summary} from './summary.js'

/**
 * The results as one JSON document: what was checked, the verdict, the deadline, the issues, the
 * coverage, and the parsed response and report, so they can be kept with the draft.
 */
export function resultsJson(outcome: CheckOutcome, summary: Summary): string {
  const {input} = outcome
  return JSON.stringify(
    {
      generator: '@scrutiny/playground',
      inputs: {
        response: input.response.name,
        ...(input.report ? {report: input.report.name} : {}),
        ...(input.reportPublishedOn ? {reportPublishedOn: input.reportPublishedOn} : {}),
        publication: input.publication,
        preset: input.preset ?? 'recommended'
      },
      verdict: summary.verdict,
      deadline: summary.deadline,
      checks: summary.checks,
      issues: summary.issues,
      coverage: summary.coverage,
      parserMessages: outcome.parseMessages.map((message) => ({
        ruleId: message.ruleId,
        reason: message.reason,
        ...(message.place ? {place: message.place} : {})
      })),
      response: outcome.response,
      ...(outcome.report ? {report: outcome.report} : {})
    },
    null,
    2
  )
}
