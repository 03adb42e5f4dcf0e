import {sniffDocumentFormat} from '@scrutiny/convert'
import {findForce} from '@scrutiny/schema'
import {annotateDocx, draftResponse, draftToDocx} from '@scrutiny/word'
import type {CheckOutcome} from './check.js'
import {PlaygroundInputError} from './errors.js'

/** A file for the page to offer as a download. */
export interface Download {
  name: string
  bytes: Uint8Array
}

/** The outcome has no report, or a report about no single force the reference data knows. */
export class NoTemplateError extends PlaygroundInputError {
  override name = 'NoTemplateError'
}

/** The response checked was not a Word document, so there is no file to add comments to. */
export class NotWordResponseError extends PlaygroundInputError {
  override name = 'NotWordResponseError'

  constructor(fileName: string, message: string) {
    super(fileName, message, true)
  }
}

/**
 * Whose template to write: the body the checked response is from, when the parser knew it; else
 * the one force the report inspects, when the reference data knows it on the report's day.
 * `undefined` without a report, or for a thematic or multi-force report answered by nobody known.
 */
export function templateBody(outcome: CheckOutcome): string | undefined {
  if (!outcome.report) return undefined
  const respondent = outcome.response.respondent?.forceId
  if (respondent !== undefined) return respondent
  const forces = outcome.report.subjects.filter((subject) => subject.kind === 'force')
  const force = forces.length === 1 ? forces[0] : undefined
  const name = force?.referenceId ?? force?.name
  return name !== undefined && findForce(name, outcome.report.publishedOn) ? name : undefined
}

/**
 * A draft response to the checked report, as Word: `scrutiny draft` for the force the report is about.
 *
 * @throws {NoTemplateError} when there is no report, or it is about no single known force.
 */
export async function responseTemplate(outcome: CheckOutcome): Promise<Download> {
  const report = outcome.report
  const name = outcome.input.report?.name ?? 'the report'
  if (!report) throw new NoTemplateError('report', 'Cannot write a template: expected a report file, but none was checked')
  const body = templateBody(outcome)
  if (body === undefined) {
    throw new NoTemplateError(
      name,
      `Cannot write a template for ${name}: expected a response from a known local policing body, or a report about one police force (it names ${report.subjects.filter((subject) => subject.kind === 'force').length}); use \`scrutiny draft --body\` to name the body`
    )
  }
  // The report's date the linter used (given, the report's own, or the response's text); a month alone gives no day.
  const reportDate = outcome.lint.dates.report
  const publishedOn = reportDate?.precision === 'day' ? reportDate.date : undefined
  const draft = draftResponse(publishedOn ? {...report, publishedOn} : report, {body})
  return {name: `${draft.body.id}-response-draft.docx`, bytes: await draftToDocx(draft)}
}

/**
 * The checked Word response with every message as a comment by Scrutiny on its passage.
 *
 * @throws {NotWordResponseError} when the response checked was not a `.docx` file.
 */
export async function commentedResponse(outcome: CheckOutcome): Promise<Download> {
  const source = outcome.input.response
  if (!('bytes' in source) || sniffDocumentFormat(source.bytes, source.name) !== 'docx') {
    throw new NotWordResponseError(source.name, `Cannot add comments to ${source.name}: expected a Word document (.docx)`)
  }
  const bytes = await annotateDocx(source.bytes, outcome.lint.messages, {path: source.name})
  return {name: source.name.replace(/(?:\.docx)?$/i, '-with-comments.docx'), bytes}
}
