import type {InspectionReport, StatutoryResponse, validateInspectionReport, validateStatutoryResponse} from '@scrutiny/schema'
import type {VFileMessage} from 'vfile-message'

export class InvariantError extends Error {}

interface SchemaValidators {
  schema: {validateInspectionReport: typeof validateInspectionReport; validateStatutoryResponse: typeof validateStatutoryResponse}
}

export function resultOrTypedError<T>(run: () => T | Promise<T>, allowed: Array<abstract new (...args: never[]) => Error>, what: string): Promise<T | undefined>
export function checkSpans<T extends {position: {start: {offset?: number}; end: {offset?: number}}}>(
  items: T[],
  source: string,
  sliceable: boolean,
  label: string,
  textOf?: (item: T) => string
): void
export function checkReport(parsed: {report: InspectionReport; messages: VFileMessage[]}, source: string, sliceable: boolean, modules: SchemaValidators): void
export function checkResponse(parsed: {response: StatutoryResponse; messages: VFileMessage[]}, source: string, sliceable: boolean, modules: SchemaValidators): void
export function checkSame(first: unknown, second: unknown, label: string): void
export function verdict(result: {messages: VFileMessage[]; coverage: unknown[]; deadline?: unknown}): {messages: string[]; coverage: string[]; deadline?: string}
