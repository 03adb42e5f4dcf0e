import type * as z from 'zod'
import {InspectionReport} from './report.js'
import {StatutoryResponse} from './response.js'
import {ScrutinyError} from './errors.js'

/** One problem with a document: where it is (`findings[2].text`) and what is wrong. */
export interface ValidationIssue {
  path: string
  message: string
}

export type ValidationResult<T> = {success: true; data: T} | {success: false; issues: ValidationIssue[]}

/** Thrown by `assertInspectionReport` and `assertStatutoryResponse`; lists every issue. */
export class DocumentValidationError extends ScrutinyError {
  override name = 'DocumentValidationError'
  readonly issues: ValidationIssue[]

  constructor(documentName: string, issues: ValidationIssue[]) {
    const list = issues.map((issue) => `  - ${issue.path}: ${issue.message}`).join('\n')
    super(`Invalid ${documentName}: expected a document that matches the schema, found ${issues.length} issue(s):\n${list}`)
    this.issues = issues
  }
}

/** Render a zod issue path as `findings[2].position.start`, or `(root)` for the document itself. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let result = ''
  for (const key of path) {
    result += typeof key === 'number' ? `[${key}]` : result === '' ? String(key) : `.${String(key)}`
  }
  return result === '' ? '(root)' : result
}

function validate<T>(schema: z.ZodType<T>, value: unknown): ValidationResult<T> {
  const result = schema.safeParse(value)
  if (result.success) return {success: true, data: result.data}
  return {
    success: false,
    issues: result.error.issues.map((issue) => ({path: formatPath(issue.path), message: issue.message}))
  }
}

/**
 * Check a value received from elsewhere against `InspectionReport`; never throws.
 *
 * @example
 *   const result = validateInspectionReport(JSON.parse(text))
 *   if (!result.success) for (const issue of result.issues) console.log(issue.path, issue.message)
 */
export function validateInspectionReport(value: unknown): ValidationResult<InspectionReport> {
  return validate(InspectionReport, value)
}

/** Check a value received from elsewhere against `StatutoryResponse`; never throws. */
export function validateStatutoryResponse(value: unknown): ValidationResult<StatutoryResponse> {
  return validate(StatutoryResponse, value)
}

/** Return the value typed as an `InspectionReport`, or throw `DocumentValidationError`. */
export function assertInspectionReport(value: unknown): InspectionReport {
  const result = validateInspectionReport(value)
  if (!result.success) throw new DocumentValidationError('inspection report', result.issues)
  return result.data
}

/** Return the value typed as a `StatutoryResponse`, or throw `DocumentValidationError`. */
export function assertStatutoryResponse(value: unknown): StatutoryResponse {
  const result = validateStatutoryResponse(value)
  if (!result.success) throw new DocumentValidationError('statutory response', result.issues)
  return result.data
}
