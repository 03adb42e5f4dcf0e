import type {CommandSpec, ParsedArgs} from '../args.js'
import {stringOption} from '../args.js'
import {painter} from '../color.js'
import type {Context} from '../context.js'

export const spec: CommandSpec = {
  name: 'deadline',
  summary:
    'Print the last day on which the local policing body may publish its comments on a report (s.55(5A) Police Act 1996: 56 days beginning with the day of publication) and the days left.',
  usage: 'scrutiny deadline <report-published-date> [--as-at <date>] [--format text|json]',
  options: {
    'as-at': {type: 'string', value: '<date>', description: 'count the days as at this date (default: today in London)'},
    format: {type: 'string', value: '<text|json>', description: 'output format (default: text)', choices: ['text', 'json']}
  },
  positionals: {min: 1, max: 1, name: 'report publication date (YYYY-MM-DD)'},
  examples: ['scrutiny deadline 2024-05-14 --as-at 2024-07-02']
}

/** Today's date in England and Wales, where the statute's days are counted. */
function todayInLondon(): string {
  return new Intl.DateTimeFormat('en-CA', {timeZone: 'Europe/London'}).format(new Date())
}

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`

export async function run(args: ParsedArgs, context: Context): Promise<number> {
  const {dayOfResponsePeriod, responsePeriodDays, section55Duties, toDayNumber, policingAndCrimeAct2017Commencement} =
    await import('@scrutiny/schema')
  const publishedOn = args.positionals[0]!
  const asAt = stringOption(args, 'as-at') ?? todayInLondon()
  toDayNumber(asAt, '--as-at date')
  const duties = section55Duties(publishedOn)
  const lastPermittedDay = duties.lastPermittedDay
  const day = dayOfResponsePeriod(publishedOn, asAt)
  const daysLeft = responsePeriodDays - day

  if (stringOption(args, 'format') === 'json') {
    const result = {reportPublishedOn: publishedOn, lastPermittedDay: lastPermittedDay ?? null, asAt, dayOfPeriod: day, daysLeft: lastPermittedDay ? daysLeft : null}
    context.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
    return 0
  }

  const paint = painter(context.stdout, context.env)
  const line = (label: string, value: string) => `${`${label}:`.padEnd(20)}${value}\n`
  if (!lastPermittedDay) {
    context.stdout.write(
      `${line('Report published', publishedOn)}No 56-day limit: s.55(5A) applies to reports published from ${policingAndCrimeAct2017Commencement}.\n`
    )
    return 0
  }
  const status =
    day < 1
      ? `before publication, ${plural(daysLeft, 'day')} to the last permitted day`
      : daysLeft >= 0
        ? `day ${day} of ${responsePeriodDays}, ${paint(daysLeft < 7 ? 'yellow' : 'green', `${plural(daysLeft, 'day')} left`)}`
        : `day ${day} of ${responsePeriodDays}, ${paint('red', `late by ${plural(-daysLeft, 'day')}`)}`
  context.stdout.write(
    line('Report published', `${publishedOn} (day 1 of ${responsePeriodDays})`) +
      line('Last permitted day', `${lastPermittedDay} (day ${responsePeriodDays})`) +
      line(`As at ${asAt}`, status)
  )
  return 0
}
