import type {InspectionReport} from '@scrutiny/schema'
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {reportFromTree} from './report-from-tree.js'
import type {ParseReportOptions} from './report-from-tree.js'

declare module 'vfile' {
  interface DataMap {
    /** The report `remarkScrutinyReport` read from the tree. */
    scrutinyReport: InspectionReport
  }
}

/**
 * unified plugin: read the inspection report in the tree and store it on `file.data.scrutinyReport`;
 * messages go on the file. Composes with remark-parse, rehype-remark or a converter's own parser.
 *
 * @example
 *   const file = await unified().use(remarkParse).use(remarkScrutinyReport).use(remarkStringify).process(text)
 *   file.data.scrutinyReport?.findings.length
 */
export function remarkScrutinyReport(options: ParseReportOptions = {}) {
  return function (tree: Root, file: VFile): undefined {
    file.data.scrutinyReport = reportFromTree(tree, file, options).report
  }
}
