import type {Root} from 'mdast'
import {schemaVersion} from '@scrutiny/schema'
import type {Respondent, StatutoryResponse} from '@scrutiny/schema'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {toMdast} from '../input/to-mdast.js'
import type {Input, ReadOptions} from '../input/to-mdast.js'
import {toBlocks} from './blocks.js'
import {findAddresseesByEmail} from './copies.js'
import {findFindingResponses} from './findings.js'
import {segment} from './parts.js'
import {responseMessage} from './messages.js'
import {bodyTitle} from './patterns.js'
import {findChiefOfficer, findRespondent, kindOf} from './people.js'
import {findAddressees, findCitations, findExclusions, findReport, findResponseDate, todaysPublication} from './references.js'

/** How to read the response. The parser reads only the text: `lint` (its `link` step) ties it to a report. */
export type ParseResponseOptions = ReadOptions

export interface ParsedResponse {
  response: StatutoryResponse
  messages: VFileMessage[]
  /** The decoded source (`file.value`), to pass on to `lint` for positions and disable comments. */
  file: VFile
}

/**
 * Read a section 55 response from mdast (for converters and plugins that already have a tree).
 * Positions point into `file.value`.
 *
 * @example
 *   const {tree, file} = toMdast(text, {path: 'response.txt'})
 *   const {response} = responseFromTree(tree, file)
 */
export function responseFromTree(tree: Root, file: VFile, options: ParseResponseOptions = {}): ParsedResponse {
  const source = String(file.value ?? '')
  // Text and Markdown passages are source slices; HTML ones are text content. A known format decides
  // (Markdown may open with "<!-- … -->"); a tree from elsewhere is HTML when its source looks like it.
  const verbatim =
    options.format === undefined ? !/\.html?$/i.test(file.path ?? '') && !/^\s*</.test(source) : options.format !== 'html'
  const blocks = toBlocks(tree, source, verbatim)
  const {parts, partOf, end} = segment(blocks, source, verbatim)
  const reportAsWritten = findReport(blocks, end)
  const date = findResponseDate(blocks, end, reportAsWritten)
  // "published today": the report's day is the response's own, known only now.
  const report = todaysPublication(reportAsWritten, date)
  const found = findRespondent(blocks, end, date)
  const chiefOfficer = findChiefOfficer(blocks, found?.forceId)
  // "Police and Crime Commissioner's Comments" with no area: the body of the chief officer's force.
  const title = found ? undefined : parts['lpb-comments']?.heading?.match(bodyTitle)?.[0]
  const respondent: Respondent | undefined =
    found ?? (title ? {name: title, kind: kindOf(title), ...(chiefOfficer?.forceId ? {forceId: chiefOfficer.forceId} : {})} : undefined)
  // Only what the text says: the linter's `link` ties references to a report's findings and compares the rest.
  const findingResponses = findFindingResponses(blocks, end, partOf)

  const response: StatutoryResponse = {
    schemaVersion,
    ...(respondent ? {respondent} : {}),
    ...(chiefOfficer ? {chiefOfficer} : {}),
    report,
    ...(date ? {date} : {}),
    addressees: withEmailAddressees(findAddressees(blocks, end), findAddresseesByEmail(blocks, end)),
    statutoryBasis: findCitations(blocks, source),
    ...(parts['lpb-comments'] ? {lpbComments: parts['lpb-comments']} : {}),
    ...(parts['chief-officer-comments'] ? {chiefOfficerComments: parts['chief-officer-comments']} : {}),
    ...(parts['response-to-chief-officer'] ? {responseToChiefOfficer: parts['response-to-chief-officer']} : {}),
    findingResponses,
    exclusions: findExclusions(blocks.slice(0, end))
  }

  const messages: VFileMessage[] = []
  if (!respondent) {
    messages.push(responseMessage(file, 'respondent', {}))
  }
  return {response, messages, file}
}

/**
 * Parse a local policing body's section 55 response (Markdown, plain text or HTML) into a
 * `StatutoryResponse`: who responds, the report, dates, addressees, the three statutory parts, the
 * passages that answer findings, and statements that material was withheld.
 *
 * @example
 *   const {response} = parseResponse(text, {path: 'warwickshire.txt'})
 *   response.respondent?.name // 'Police and Crime Commissioner for Warwickshire'
 *   response.chiefOfficerComments?.heading // '2.  Comments from the Chief Constable'
 * @throws {InputError} only for empty, binary or undecodable input.
 */
export function parseResponse(input: Input, options: ParseResponseOptions = {}): ParsedResponse {
  const {tree, file, format} = toMdast(input, options)
  return responseFromTree(tree, file, {...options, format})
}

/** The addressees named in words, then those reached only by an e-mail address (one of each kind). */
function withEmailAddressees(named: StatutoryResponse['addressees'], byEmail: StatutoryResponse['addressees']): StatutoryResponse['addressees'] {
  return [...named, ...byEmail.filter((entry) => !named.some((known) => known.kind === entry.kind))]
}
