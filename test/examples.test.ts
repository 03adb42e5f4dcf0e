import {execFile} from 'node:child_process'
import {promisify} from 'node:util'
import {expect, it} from 'vitest'

const run = promisify(execFile)
const root = new URL('..', import.meta.url)

// Runs against the built packages (`pnpm test` builds first), as a user of the npm packages would.
it('examples/validate-seed.mjs validates the seed documents and prints their summary', async () => {
  const {stdout, stderr} = await run(process.execPath, ['examples/validate-seed.mjs'], {cwd: root})
  expect(stderr).toBe('')
  expect(stdout).toBe(
    [
      'Report: An inspection of the West Midlands regional response to serious and organised crime',
      '  published 2024-05-14; last permitted day for the response 2024-07-08',
      '  2 grades: Regional Organised Crime Unit for the West Midlands (ROCUWM) adequate; Warwickshire Police requires-improvement',
      '  findings: 7 area-for-improvement, 2 innovative-practice',
      'Response: Police and Crime Commissioner for Warwickshire, dated 2024-07-02 (within the 56 days)',
      '  statutory parts present: 3 of 3; passages answering findings: 7',
      '  recommendations duty (s.55(5B)) applies: yes',
      'Both documents are valid.',
      ''
    ].join('\n')
  )
})
