import {execFileSync} from 'node:child_process'
import {expect, it} from 'vitest'

// Runs the eval script on the built packages (as `pnpm eval` does after its build) and checks the
// agreement per rule recorded in docs/accuracy.md.
it('agrees with the gold labels of the responses corpus', () => {
  const output = execFileSync(process.execPath, ['scripts/eval-responses.mjs'], {
    cwd: new URL('../../../', import.meta.url),
    encoding: 'utf8'
  })
  const rows = output
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| gold'))
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()))
  expect(rows).toEqual([
    ['hasLpbComments', '`lpb-comments`', '14', '14', '0', '0', '100%'],
    ['hasChiefOfficerComments', '`chief-officer-comments`', '8', '8', '0', '0', '100%'],
    ['hasResponseToChiefComments', '`response-to-chief-officer`', '5', '5', '0', '0', '100%'],
    ['withinDeadline', '`published-within-56-days`', '6', '5', '0', '1', '83%'],
    ['citesSection55', '`cites-section-55`', '14', '14', '0', '0', '100%'],
    ['addressedTo (HMICFRS and Secretary of State)', '`copies-sent`', '14', '14', '0', '0', '100%'],
    ['exclusionsNoted', '`no-s55-exclusion-claim`', '14', '14', '0', '0', '100%'],
    ['responseDate', '`dates-stated`', '6', '6', '0', '0', '100%'],
    ['reportPublished', '`report-identified`', '13', '6', '0', '7', '46%']
  ])
})
