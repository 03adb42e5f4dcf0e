import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

/** The repository root: documents are named by their path from here, as a user would give them. */
export const root = fileURLToPath(new URL('../../../', import.meta.url))

/** A fresh folder for a register file. */
export const scratch = () => mkdtempSync(join(tmpdir(), 'scrutiny-register-'))

/** Documents that follow subjects over time: Essex PEEL 2016-2018, the Avon fire revisit letters of 2024, the seed response and its report. */
export const essex = [
  'fixtures/corpus/reports/peel-2016-essex-effectiveness.txt',
  'fixtures/corpus/reports/peel-2017-essex.txt',
  'fixtures/corpus/reports/peel-2018-essex.txt'
]
/** Avon Fire and Rescue Service in 2024: the January letter's landing page and letter, the May landing page (its copy prints no date) and the October landing page with its letter. */
export const avon = [
  'fixtures/corpus/reports/frs-avon-coc-revisit-2024-01-landing.txt',
  'fixtures/corpus/reports/frs-avon-coc-revisit-2024-01.txt',
  'fixtures/corpus/reports/frs-avon-coc-revisit-2024-05.txt',
  'fixtures/corpus/reports/frs-avon-coc-revisit-2024-10.txt'
]
export const seedReports = ['fixtures/corpus/reports/regional-soc-west-midlands-2024.txt', 'examples/seed-report.json']
export const seedResponse = 'fixtures/seed/warwickshire-pcc-response-west-midlands-soc-2024.txt'
/** A letter published on day 57. */
export const lateLetter = 'fixtures/corpus/responses/westmercia-pcc-police-performance-getting-a-grip-2023-letter.txt'
export const timeline = [...essex, ...avon, ...seedReports, seedResponse, lateLetter]
