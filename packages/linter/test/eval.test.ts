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
      '`lpb-comments` 66 66 0 0 1.00',
      '`chief-officer-comments` 27 24 0 3 0.89',
      '`response-to-chief-officer` 21 21 0 0 1.00',
      '`cites-section-55` 33 31 0 2 0.94',
      '`dates-stated` 21 20 0 1 0.95',
      '`dates-stated` 15 15 0 0 1.00',
      '`report-identified` 69 67 0 2 0.97',
      // Every true/false label, then as the text settles it ("cannot tell" right where the body does not state both dates).
      '`published-within-56-days` 26 15 2 9 0.58',
      '`published-within-56-days` 26 18 8 0 0.69',
      '`copies-sent` 70 69 1 0 0.99',
      '`no-s55-exclusion-claim` 57 57 0 0 1.00'
    ],
    errors: ['4', '0']
  })
  expect(blind).toEqual({
    rows: [
      '`lpb-comments` 16 16 0 0 1.00',
      '`chief-officer-comments` 4 3 1 0 0.75',
      '`response-to-chief-officer` 3 3 0 0 1.00',
      '`cites-section-55` 8 8 0 0 1.00',
      '`dates-stated` 7 5 0 2 0.71',
      '`dates-stated` 2 2 0 0 1.00',
      '`report-identified` 20 9 2 9 0.45',
      '`published-within-56-days` 7 2 0 5 0.29',
      '`published-within-56-days` 7 6 1 0 0.86',
      '`copies-sent` 21 21 0 0 1.00',
      '`no-s55-exclusion-claim` 15 15 0 0 1.00'
    ],
    errors: ['4', '0']
  })
})
