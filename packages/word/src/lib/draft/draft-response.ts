import {findForce, section55Duties, toDayNumber} from '@scrutiny/schema'
import type {Finding, ForceMatch, InspectionReport, Recommendation} from '@scrutiny/schema'
import {UnknownBodyError} from '../errors.js'
import type {Inline} from './placeholder.js'

/**
 * One block of a draft. `part` headings (the three parts of s.55(5)) are numbered by the writer
 * (Word numbering in a `.docx`, "1." in Markdown); `finding` headings carry the report's own number.
 */
export type DraftBlock =
  | {type: 'title'; text: string}
  | {type: 'heading'; level: 'part' | 'group' | 'finding'; text: string}
  | {type: 'paragraph'; content: Inline[]}
  | {type: 'quote'; text: string}

/** A draft response: its blocks and what was resolved to write them. */
export interface ResponseDraft {
  blocks: DraftBlock[]
  /** The local policing body as at the report's publication (or today, when the report is undated). */
  body: ForceMatch
  /** The citation the draft makes, e.g. "section 55(5), (5A), (5B) and (6) of the Police Act 1996". */
  citation: string
  /** The last day of the s.55(5A) period, when the report's date is known and the limit applies. */
  lastPermittedDay?: string
  /** The findings answered in the body's comments, then those addressed to other bodies, in document order. */
  findings: {answered: Finding[]; forNoting: Recommendation[]}
}

export interface DraftResponseOptions {
  /** The local policing body or its force: a name (“Police and Crime Commissioner for Warwickshire”, “Warwickshire Police”) or a reference id (“warwickshire”). */
  body: string
  /** The day to resolve the body at when the report has no publication date; default: the latest body. */
  asAt?: string
}

const kindNames = {
  'cause-of-concern': 'Cause of concern',
  recommendation: 'Recommendation',
  'area-for-improvement': 'Area for improvement'
} as const

// Recommendations to these bodies are not the local policing body's to act on: listed apart, for
// noting. A body the parser could not place ("other") stays with the rest, to be answered.
const otherBodies = new Set(['npcc', 'college-of-policing', 'home-office', 'nca', 'fire-and-rescue-service'])

const longDates = new Intl.DateTimeFormat('en-GB', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'})

/** "2024-05-14" as "14 May 2024". */
export function longDate(iso: string): string {
  return longDates.format(new Date(toDayNumber(iso) * 86_400_000))
}

function isForNoting(finding: Finding): finding is Recommendation {
  return (
    finding.kind === 'recommendation' &&
    finding.addressees.length > 0 &&
    finding.addressees.every((addressee) => otherBodies.has(addressee.kind))
  )
}

/** "Area for improvement 2", "Recommendation" (unnumbered). */
function findingName(finding: Finding): string {
  return finding.number ? `${kindOf(finding)} ${finding.number}` : kindOf(finding)
}

function kindOf(finding: Finding): string {
  return kindNames[finding.kind as keyof typeof kindNames]
}

/** The subsections that apply: (5) always, (5A) and (6)(a) since 2 May 2017, (5B) when there is a recommendation. */
function citationOf(report: InspectionReport): string {
  const duties = report.publishedOn ? section55Duties(report.publishedOn) : undefined
  const amended = duties === undefined || duties.publishWithin56Days
  const hasRecommendation = report.findings.some((finding) => finding.kind === 'recommendation')
  const subsections = ['55(5)', ...(amended ? ['(5A)'] : []), ...(amended && hasRecommendation ? ['(5B)'] : []), '(6)']
  const listed = subsections.length === 1 ? subsections[0] : `${subsections.slice(0, -1).join(', ')} and ${subsections.at(-1)}`
  return `section ${listed} of the Police Act 1996`
}

/**
 * A draft section 55 response to `report`, for the body named by `options.body` as it was on the
 * day the report was published: the heading block, the three parts of s.55(5), every cause of
 * concern, recommendation and area for improvement in order with its number, subject and verbatim
 * text and placeholders for the chief officer's comment and the action, recommendations to other
 * bodies apart, the s.55(6) copies, and a signature block. Placeholders read `[Insert …]`.
 *
 * @example
 *   const draft = draftResponse(report, {body: 'warwickshire'})
 *   draft.body.localPolicingBody.name // 'Police and Crime Commissioner for Warwickshire'
 *   draft.lastPermittedDay // '2024-07-08'
 * @throws {UnknownBodyError} when `body` names no force or local policing body (on that day).
 */
export function draftResponse(report: InspectionReport, options: DraftResponseOptions): ResponseDraft {
  const asAt = report.publishedOn ?? options.asAt
  const body = findForce(options.body, asAt)
  if (!body) throw new UnknownBodyError(options.body, asAt)
  const lpb = body.localPolicingBody.name
  const chief = body.chiefOfficerTitle === 'Chief Constable' ? `Chief Constable of ${body.name}` : body.chiefOfficerTitle
  const chiefShort = body.chiefOfficerTitle
  const lpbShort = shortTitle(body)
  const citation = citationOf(report)
  const lastPermittedDay = report.publishedOn ? section55Duties(report.publishedOn).lastPermittedDay : undefined
  const copyToInspectors = report.publishedOn === undefined || section55Duties(report.publishedOn).copyToInspectors
  const answered = report.findings.filter((finding) => finding.kind in kindNames && !isForNoting(finding))
  const forNoting = report.findings.filter(isForNoting)

  const blocks: DraftBlock[] = [{type: 'title', text: `Response to HMICFRS report: ${report.title}`}]
  const paragraph = (...content: Inline[]) => blocks.push({type: 'paragraph', content})

  paragraph(
    'On ',
    report.publishedOn ? longDate(report.publishedOn) : {placeholder: 'the date HMICFRS published the report'},
    `, His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published its report ‘${report.title}’.`
  )
  paragraph('The report is published at ', report.url ?? {placeholder: 'the address of the report on the HMICFRS website'}, '.')
  paragraph(`As the ${lpb} (the local policing body for ${body.name}), I publish this response under ${citation}.`)
  if (lastPermittedDay) {
    paragraph(
      `The last permitted day to publish it is ${longDate(lastPermittedDay)}, the last of the 56 days beginning with the day the report was published (section 55(5A)).`
    )
  }

  blocks.push({type: 'heading', level: 'part', text: `Comments of the ${lpb}`})
  paragraph({placeholder: `the ${lpbShort}’s comments on the report`})
  if (answered.length === 0 && forNoting.length === 0) {
    paragraph(
      'The report makes no recommendations, causes of concern or areas for improvement, so there is no action to explain under section 55(5B).'
    )
  }
  if (answered.length > 0) {
    blocks.push({type: 'heading', level: 'group', text: 'Causes of concern, recommendations and areas for improvement'})
    for (const finding of answered) {
      const kind = kindOf(finding).toLowerCase()
      blocks.push({type: 'heading', level: 'finding', text: finding.subject ? `${findingName(finding)}: ${finding.subject}` : findingName(finding)})
      blocks.push({type: 'quote', text: finding.text})
      paragraph(`The ${chiefShort}’s comment: `, {placeholder: `the ${chiefShort}’s comment on this ${kind}`})
      paragraph(
        finding.kind === 'recommendation' ? 'Action taken or proposed, or why none (section 55(5B)): ' : 'Action taken or proposed, or why none: ',
        {placeholder: `the action taken or proposed on this ${kind}, or why none`}
      )
    }
  }
  if (forNoting.length > 0) {
    blocks.push({type: 'heading', level: 'group', text: 'Recommendations to other bodies, for noting'})
    for (const finding of forNoting) {
      blocks.push({type: 'heading', level: 'finding', text: `${findingName(finding)}: to ${finding.addressees.map((a) => a.name).join(', ')}`})
      blocks.push({type: 'quote', text: finding.text})
      paragraph('Action taken or proposed, or why none (section 55(5B)): ', {
        placeholder: `the ${lpbShort}’s note on this recommendation, and any action taken or proposed, or why none`
      })
    }
  }

  blocks.push({type: 'heading', level: 'part', text: `Comments of the ${chief}`})
  paragraph(
    `Under section 55(4) of the Police Act 1996, I invited the ${chiefShort} to comment on the report on `,
    {placeholder: 'the date of the invitation'},
    ', with comments due by ',
    {placeholder: 'the date given for comments'},
    '.'
  )
  paragraph({placeholder: `the ${chiefShort}’s comments on the report, or a statement that none were submitted`})

  blocks.push({type: 'heading', level: 'part', text: `Response of the ${lpb} to the ${chiefShort}’s comments`})
  paragraph({placeholder: `the ${lpbShort}’s response to the ${chiefShort}’s comments, and how progress will be monitored`})

  paragraph(
    copyToInspectors
      ? `A copy of this response is sent to HMICFRS and to the Home Secretary (section 55(6)).`
      : `A copy of this response is sent to the Home Secretary (section 55(6)).`
  )
  paragraph('Yours faithfully,')
  paragraph({placeholder: 'the name of the person signing'})
  paragraph(lpb)
  paragraph({placeholder: 'the date of the response'})

  return {blocks, body, citation, ...(lastPermittedDay ? {lastPermittedDay} : {}), findings: {answered, forNoting}}
}

/** "Police and Crime Commissioner" for "Police and Crime Commissioner for Warwickshire", "Mayor" for a mayor, "MOPAC". */
function shortTitle(body: ForceMatch): string {
  const {name, kind} = body.localPolicingBody
  if (kind === 'mopac') return 'MOPAC'
  if (kind === 'common-council') return name
  const at = name.search(/ (?:for|of) /)
  return at > 0 ? name.slice(0, at) : name
}
