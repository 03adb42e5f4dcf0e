import {escapeControl} from '../escape.js'
import {pathOf, severityOf, toEntries} from './entry.js'
import type {ReportEntry} from './entry.js'

const commands = {error: 'error', warning: 'warning', info: 'notice'} as const

// Workflow-command escaping: data escapes %, CR and LF; properties also escape ':' and ','. Other
// control characters of the document are made visible first: the log is shown in a terminal.
function escapeData(value: string): string {
  return escapeControl(value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'))
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/**
 * GitHub Actions workflow commands (`::error file=…,line=…::…`), one line per message, so messages
 * show as annotations on the pull request.
 *
 * @example
 *   reportGithub({file, result})
 *   // '::warning file=response.txt,line=9,col=428,endLine=9,endColumn=464,title=cites-section-55::Unexpected …'
 */
export function reportGithub(entries: ReportEntry | readonly ReportEntry[]): string {
  return toEntries(entries)
    .flatMap((entry) =>
      entry.result.messages.map((message) => {
        const start = message.place && 'start' in message.place ? message.place.start : message.place
        const end = message.place && 'end' in message.place ? message.place.end : undefined
        const properties = [
          `file=${escapeProperty(pathOf(entry))}`,
          ...(start ? [`line=${start.line}`, `col=${start.column}`] : []),
          ...(end ? [`endLine=${end.line}`, `endColumn=${end.column}`] : []),
          // A check that cannot tell says so in the annotation's title: it asks for a look, not a fix.
          `title=${escapeProperty(`${message.ruleId ?? 'scrutiny'}${message.outcome === 'cannot-tell' ? ' (cannot tell)' : ''}`)}`
        ]
        return `::${commands[severityOf(message)]} ${properties.join(',')}::${escapeData(message.reason)}`
      })
    )
    .join('\n')
}
