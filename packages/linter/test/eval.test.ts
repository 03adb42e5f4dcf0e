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
      '`lpb-comments` 107 100 0 7 0.93',
      '`chief-officer-comments` 43 35 0 8 0.81',
      '`response-to-chief-officer` 33 33 0 0 1.00',
      '`cites-section-55` 54 52 0 2 0.96',
      '`dates-stated` 31 28 0 3 0.90',
      '`dates-stated` 23 22 0 1 0.96',
      '`report-identified` 116 92 2 22 0.79',
      // Every true/false label, then as the text settles it ("cannot tell" right where the body does not state both dates).
      '`published-within-56-days` 34 18 2 14 0.53',
      '`published-within-56-days` 34 25 9 0 0.74',
      '`copies-sent` 118 117 1 0 0.99',
      '`no-s55-exclusion-claim` 99 99 0 0 1.00'
    ],
    errors: ['7', '0']
  })
  expect(blind).toEqual({
    rows: [
      '`lpb-comments` 42 29 4 9 0.69',
      '`chief-officer-comments` 17 8 5 4 0.47',
      '`response-to-chief-officer` 16 14 2 0 0.88',
      '`cites-section-55` 15 13 0 2 0.87',
      '`dates-stated` 10 6 0 4 0.60',
      '`dates-stated` 5 2 0 3 0.40',
      '`report-identified` 43 29 1 13 0.67',
      '`published-within-56-days` 5 4 0 1 0.80',
      '`published-within-56-days` 5 5 0 0 1.00',
      '`copies-sent` 44 44 0 0 1.00',
      '`no-s55-exclusion-claim` 44 44 0 0 1.00'
    ],
    errors: ['1', '1']
  })
})
