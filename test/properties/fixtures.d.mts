import type {InspectionReport} from '@scrutiny/schema'

export interface NamedText {
  name: string
  text: string
}

export interface NamedBytes {
  name: string
  bytes: Uint8Array
}

export interface Fixtures {
  seed: string
  seedReport: InspectionReport
  reports: NamedText[]
  responses: NamedText[]
  constructed: NamedText[]
  docx: NamedBytes[]
  pdf: NamedBytes[]
}

export function corpusBody(raw: string): string
export function loadFixtures(): Fixtures
