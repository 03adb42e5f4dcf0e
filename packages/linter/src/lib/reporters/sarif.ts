import type {Log, ReportingDescriptor, Result} from 'sarif'
import {rules} from '../rules/index.js'
import {stringifyEscaped} from '../escape.js'
import {pathOf, severityOf, toEntries} from './entry.js'
import type {ReportEntry} from './entry.js'

const levels = {error: 'error', warning: 'warning', info: 'note'} as const

/**
 * A path as the URI reference SARIF's `artifactLocation.uri` is: each segment percent-encoded, so
 * a name holding `#`, `?`, `%`, spaces or control characters names the file, not a fragment or a
 * query (`drafts/response #2.txt` → `drafts/response%20%232.txt`); `decodeURIComponent` reads it back.
 */
function toUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}

/** A rule of no built-in id (a house rule, a converter's message), described from its messages. */
function describedByMessages(entries: readonly ReportEntry[]): ReportingDescriptor[] {
  const builtIn = new Set(rules.map((rule) => rule.id))
  const described = new Map<string, ReportingDescriptor>()
  for (const message of entries.flatMap((entry) => entry.result.messages)) {
    const id = message.ruleId
    if (id === undefined || builtIn.has(id) || described.has(id)) continue
    described.set(id, {
      id,
      ...(message.url ? {helpUri: message.url} : {}),
      ...(message.why ? {fullDescription: {text: message.why}} : {}),
      ...(message.note ? {properties: {note: message.note}} : {})
    })
  }
  return [...described.values()]
}

/**
 * A SARIF 2.1.0 log (for code scanning): one run, every built-in rule in `tool.driver.rules` with
 * its `helpUri`, then any other rule a message comes from (a house rule), so every result has its
 * `ruleIndex`. A result is a check not met or that cannot tell (`properties.outcome`); the outcome of
 * every check, met ones with their passage too, is in the run's `properties.checks`, one entry a
 * file, as the JSON report has them: a met check as a result (`kind: "pass"`) would be an alert
 * where `kind` is not read (GitHub code scanning documents no `kind`).
 *
 * @example
 *   JSON.parse(reportSarif({file, result})).runs[0].tool.driver.rules[0].helpUri
 *   // 'https://github.com/scrutiny-dev/scrutiny/blob/main/docs/rules.md#lpb-comments'
 */
export function reportSarif(entries: ReportEntry | readonly ReportEntry[]): string {
  const files = toEntries(entries)
  const driverRules: ReportingDescriptor[] = rules.map((rule) => ({
    id: rule.id,
    shortDescription: {text: rule.description},
    helpUri: rule.url,
    fullDescription: {text: rule.why},
    properties: {note: rule.note, basis: rule.basis}
  }))
  driverRules.push(...describedByMessages(files))
  const results: Result[] = files.flatMap((entry) =>
    entry.result.messages.map((message) => {
      const start = message.place && 'start' in message.place ? message.place.start : message.place
      const end = message.place && 'end' in message.place ? message.place.end : undefined
      return {
        ruleId: message.ruleId ?? 'unknown',
        ruleIndex: driverRules.findIndex((rule) => rule.id === message.ruleId),
        level: levels[severityOf(message)],
        message: {text: message.reason},
        properties: {outcome: message.outcome},
        locations: [
          {
            physicalLocation: {
              artifactLocation: {uri: toUri(pathOf(entry))},
              ...(start
                ? {
                    region: {
                      startLine: start.line,
                      startColumn: start.column,
                      ...(end ? {endLine: end.line, endColumn: end.column} : {})
                    }
                  }
                : {})
            }
          }
        ]
      }
    })
  )
  const log: Log = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'scrutiny',
            informationUri: 'https://github.com/scrutiny-dev/scrutiny',
            rules: driverRules
          }
        },
        results,
        properties: {checks: files.map((entry) => ({uri: toUri(pathOf(entry)), checks: entry.result.checks}))}
      }
    ]
  }
  return stringifyEscaped(log)
}
