/** What became of an earlier finding, normalised from the status a later report prints. */
export const progressStatuses = ['discharged', 'addressed', 'partly', 'not'] as const
export type ProgressStatus = (typeof progressStatuses)[number]

// Tried in order: "partly addressed" is partly, "not addressed" and "problems remain" are not.
const statusPatterns: Array<[RegExp, ProgressStatus]> = [
  [/\bdischarg/i, 'discharged'],
  [/\b(?:partly|partially|some progress|in part)\b/i, 'partly'],
  [/\b(?:not|no progress|remains?|insufficient|still)\b/i, 'not'],
  [/\b(?:addressed|resolved|met|completed?|achieved|closed|closure)\b/i, 'addressed']
]

/**
 * Normalise a printed status ("problems remain", "Addressed", "partly addressed") to discharged,
 * addressed, partly or not; `undefined` when the wording says none of these.
 *
 * @example
 *   progressStatus('Partly addressed') // => 'partly'
 */
export function progressStatus(printed: string | undefined): ProgressStatus | undefined {
  if (printed === undefined) return undefined
  return statusPatterns.find(([pattern]) => pattern.test(printed))?.[1]
}
