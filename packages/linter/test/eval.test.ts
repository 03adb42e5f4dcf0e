import {execFileSync} from 'node:child_process'
import {expect, it} from 'vitest'

// Runs the eval script on the built packages (as `pnpm eval` does after its build) and checks the
// agreement per label recorded in docs/accuracy.md, for the tuned part and the blind part apart.
it('agrees with the gold labels of the responses corpus, tuned and blind', () => {
  const output = execFileSync(process.execPath, ['scripts/eval-responses.mjs'], {
    cwd: new URL('../../../', import.meta.url),
    encoding: 'utf8'
  })
  const [tuned, blind] = output
    .split(/^### /m)
    .slice(1)
    .map((section) => ({
      rows: section
        .split('\n')
        .filter((line) => line.startsWith('| ') && !line.startsWith('| label'))
        .map((line) => line.split('|').slice(2, -1).map((cell) => cell.trim()).join(' ')),
      errors: /Error-level messages: (\d+); contradicting a gold label: \*\*(\d+)\*\*/.exec(section)?.slice(1)
    }))
  // Columns: rule, scored, agree, disagree, cannot tell, agreement.
  expect(tuned).toEqual({
    rows: [
      '`lpb-comments` 139 125 3 11 0.90',
      '`chief-officer-comments` 53 44 0 9 0.83',
      '`response-to-chief-officer` 42 42 0 0 1.00',
      '`cites-section-55` 66 63 0 3 0.95',
      '`dates-stated` 41 33 0 8 0.80',
      '`dates-stated` 29 24 0 5 0.83',
      '`report-identified` 150 117 2 31 0.78',
      // Every true/false label, then as the text settles it ("cannot tell" right where the body does not state both dates).
      '`published-within-56-days` 42 13 2 27 0.31',
      '`published-within-56-days` 42 37 2 3 0.88',
      '`copies-sent` 152 151 1 0 0.99',
      '`no-s55-exclusion-claim` 133 133 0 0 1.00'
    ],
    errors: ['9', '1']
  })
  expect(blind).toEqual({
    rows: [
      '`lpb-comments` 36 20 9 7 0.56',
      '`chief-officer-comments` 28 9 6 13 0.32',
      '`response-to-chief-officer` 24 22 2 0 0.92',
      '`cites-section-55` 23 21 0 2 0.91',
      '`dates-stated` 9 6 1 2 0.67',
      '`dates-stated` 5 2 1 2 0.40',
      '`report-identified` 37 25 1 11 0.68',
      '`published-within-56-days` 0 0 0 0 –',
      '`published-within-56-days` 0 0 0 0 –',
      '`copies-sent` 38 36 2 0 0.95',
      '`no-s55-exclusion-claim` 38 38 0 0 1.00'
    ],
    errors: ['4', '1']
  })
})
