// The real documents the property tests and `pnpm fuzz` start from, read from fixtures/ once.
import {readFileSync, readdirSync} from 'node:fs'

const root = new URL('../../fixtures/', import.meta.url)

/** Corpus files start with a header; the document starts after the first `---` line. */
export const corpusBody = (raw) => raw.slice(raw.indexOf('\n---\n') + 5)

const texts = (folder) =>
  readdirSync(new URL(folder, root))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({name, text: corpusBody(readFileSync(new URL(`${folder}${name}`, root), 'utf8'))}))

const documents = (folder, names) => names.map((name) => ({name, bytes: new Uint8Array(readFileSync(new URL(`${folder}${name}`, root)))}))

/** Load every fixture the properties use. */
export function loadFixtures() {
  const seed = readFileSync(new URL('seed/warwickshire-pcc-response-west-midlands-soc-2024.txt', root), 'utf8')
  return {
    seed,
    seedReport: JSON.parse(readFileSync(new URL('../examples/seed-report.json', root), 'utf8')),
    reports: texts('corpus/reports/'),
    responses: [{name: 'seed.txt', text: seed}, ...texts('corpus/responses/')],
    constructed: ['md', 'html'].map((extension) => ({
      name: `peel-2023-25-constructed.${extension}`,
      text: readFileSync(new URL(`constructed/peel-2023-25-constructed.${extension}`, root), 'utf8')
    })),
    docx: documents('docx/', ['warwickshire-pcc-response-west-midlands-soc-2024.docx', 'westmercia-pcc-revisit-service-to-victims-2023-letter.docx']),
    pdf: documents('pdf/', ['peel-2018-essex.pdf', 'warwickshire-pcc-response-west-midlands-soc-2024.pdf'])
  }
}
