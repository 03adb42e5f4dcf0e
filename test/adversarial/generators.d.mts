import type {InspectionReport} from '@scrutiny/schema'

export function longLine(scale?: number): string
export function manyItems(scale?: number, numbered?: boolean): string
export function nestedQuotes(scale?: number): {markdown: string; html: string}
export function nestedListMarkers(scale?: number): string
export function shouldRepeated(scale?: number): string
export function emptyHeadings(): {markdown: string; html: string; text: string}
export function responseQuotingEveryAfiTwice(report: InspectionReport): string
export function garbagePdf(pages?: number, seed?: number): Promise<Uint8Array>
