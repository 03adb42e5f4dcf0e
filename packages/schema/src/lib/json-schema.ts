import * as z from 'zod'
import {InspectionReport} from './report.js'
import {StatutoryResponse} from './response.js'

/** The documents published as JSON Schema files, by file stem. */
export const documentSchemas = {
  'inspection-report': InspectionReport,
  'statutory-response': StatutoryResponse
} as const

export type DocumentSchemaName = keyof typeof documentSchemas

/**
 * The JSON Schema (draft 2020-12, input side) of a document, generated from its zod schema;
 * the files `@scrutiny/schema/<name>.schema.json` hold the same output.
 *
 * @example
 *   toJsonSchema('inspection-report').$defs.Finding
 */
export function toJsonSchema(name: DocumentSchemaName): z.core.JSONSchema.BaseSchema {
  return z.toJSONSchema(documentSchemas[name], {target: 'draft-2020-12', io: 'input'})
}
