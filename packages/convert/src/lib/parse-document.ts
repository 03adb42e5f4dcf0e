import {reportFromTree, responseFromTree, type ParseReportOptions, type ParseResponseOptions} from '@scrutiny/parser'
import type {InspectionReport, StatutoryResponse} from '@scrutiny/schema'
import type {VFileMessage} from 'vfile-message'
import {readDocument, type ReadDocumentOptions} from './read-document.js'

/**
 * Read a Word or PDF inspection report and parse it with `reportFromTree` from `@scrutiny/parser`;
 * the converter's messages come first.
 *
 * @example
 *   const {report} = await parseReportDocument(bytes, {path: 'peel-2018-essex.pdf', publishedOn: '2019-05-02'})
 *   report.findings.length
 */
export async function parseReportDocument(
  bytes: Uint8Array,
  options: ReadDocumentOptions & ParseReportOptions = {}
): Promise<{report: InspectionReport; messages: VFileMessage[]}> {
  const {tree, file, messages} = await readDocument(bytes, options)
  const parsed = reportFromTree(tree, file, options)
  return {report: parsed.report, messages: [...messages, ...parsed.messages]}
}

/**
 * Read a Word or PDF statutory response and parse it with `responseFromTree` from
 * `@scrutiny/parser`; the converter's messages come first.
 *
 * @example
 *   const {response} = await parseResponseDocument(bytes, {path: 'response.docx'})
 *   response.parts.map((part) => part.kind)
 */
export async function parseResponseDocument(
  bytes: Uint8Array,
  options: ReadDocumentOptions & ParseResponseOptions = {}
): Promise<{response: StatutoryResponse; messages: VFileMessage[]}> {
  const {tree, file, messages} = await readDocument(bytes, options)
  const parsed = responseFromTree(tree, file, options)
  return {response: parsed.response, messages: [...messages, ...parsed.messages]}
}
