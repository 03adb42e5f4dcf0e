import type {InspectionReport} from '@scrutiny/schema'

export function longLine(scale?: number): string
export function manyItems(scale?: number, numbered?: boolean): string
export function nestedQuotes(scale?: number): {markdown: string; html: string}
export function nestedListMarkers(scale?: number): string
export function shouldRepeated(scale?: number): string
export function emptyHeadings(): {markdown: string; html: string; text: string}
export function responseQuotingEveryAfiTwice(report: InspectionReport): string
export function generalMentionsOfEveryAfi(report: InspectionReport, copies?: number): string
export function garbagePdf(pages?: number, seed?: number): Promise<Uint8Array>
export function zipArchive(entries: Array<{name: string; data: Uint8Array; declaredSize?: number}>): Uint8Array
export function documentXml(paragraphs: string[]): string
export function docxArchive(
  xml: string | Uint8Array,
  options?: {mainPart?: string; declaredSize?: number; extra?: Array<{name: string; data: Uint8Array; declaredSize?: number}>}
): Uint8Array
export function longDocumentXml(bytes: number): string
export function disguisedMainPart(bytes?: number): Uint8Array
export function referenceThenSpaces(scale?: number, space?: string): string
export function longNameBeforeTitle(scale?: number): string
export function lyingImage(bytes?: number): Uint8Array
export function duplicateMainPart(): Uint8Array
export function unclosedParagraphProperties(scale?: number): Uint8Array
export function recommendationsInARow(scale?: number): string
export const terminalEscapes: string
export function repeatedGradeParagraph(scale?: number): string
export function nearIdenticalFindings(count: number, answer: 'paraphrase' | 'quote'): {report: string; response: string}
