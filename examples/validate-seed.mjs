// Validate the seed's example documents with @scrutiny/schema and print what they hold.
// Run: node examples/validate-seed.mjs (after `pnpm build`).
import {readFile} from 'node:fs/promises'
import {
  responseDeadline,
  section55Duties,
  validateInspectionReport,
  validateStatutoryResponse
} from '@scrutiny/schema'

const here = new URL('.', import.meta.url)
const read = async (name) => JSON.parse(await readFile(new URL(name, here), 'utf8'))

const report = validateInspectionReport(await read('seed-report.json'))
const response = validateStatutoryResponse(await read('seed-response.json'))

for (const [name, result] of [['seed-report.json', report], ['seed-response.json', response]]) {
  if (!result.success) {
    console.error(`${name} is not valid:`)
    for (const issue of result.issues) console.error(`  ${issue.path}: ${issue.message}`)
    process.exitCode = 1
  }
}

if (report.success && response.success) {
  const {title, publishedOn, findings, grades} = report.data
  const counts = {}
  for (const finding of findings) counts[finding.kind] = (counts[finding.kind] ?? 0) + 1
  const lastDay = responseDeadline(publishedOn)
  const duties = section55Duties(publishedOn)
  console.log(`Report: ${title}`)
  console.log(`  published ${publishedOn}; last permitted day for the response ${lastDay}`)
  console.log(`  ${grades.length} grades: ${grades.map((g) => `${g.subject} ${g.grade}`).join('; ')}`)
  console.log(`  findings: ${Object.entries(counts).map(([kind, n]) => `${n} ${kind}`).join(', ')}`)
  const {respondent, date, findingResponses} = response.data
  const parts = ['lpbComments', 'chiefOfficerComments', 'responseToChiefOfficer'].filter((part) => response.data[part])
  console.log(`Response: ${respondent.name}, dated ${date} (${date <= lastDay ? 'within' : 'after'} the 56 days)`)
  console.log(`  statutory parts present: ${parts.length} of 3; passages answering findings: ${findingResponses.length}`)
  console.log(`  recommendations duty (s.55(5B)) applies: ${duties.explainRecommendations ? 'yes' : 'no'}`)
  console.log('Both documents are valid.')
}
