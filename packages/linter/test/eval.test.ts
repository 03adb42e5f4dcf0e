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
      '`lpb-comments` 55 54 0 1 0.98',
      '`chief-officer-comments` 24 19 0 5 0.79',
      '`response-to-chief-officer` 20 20 0 0 1.00',
      '`cites-section-55` 32 30 0 2 0.94',
      '`dates-stated` 17 15 0 2 0.88',
      '`dates-stated` 13 12 0 1 0.92',
      '`report-identified` 56 48 0 8 0.86',
      // Every true/false label, then as the text settles it ("cannot tell" right where the body does not state both dates).
      '`published-within-56-days` 21 13 2 6 0.62',
      '`published-within-56-days` 21 14 7 0 0.67',
      '`copies-sent` 57 56 1 0 0.98',
      '`no-s55-exclusion-claim` 44 44 0 0 1.00'
    ],
    errors: ['2', '0']
  })
  expect(blind).toEqual({
    rows: [
      '`lpb-comments` 16 16 0 0 1.00',
      '`chief-officer-comments` 4 2 1 1 0.50',
      '`response-to-chief-officer` 3 3 0 0 1.00',
      '`cites-section-55` 8 8 0 0 1.00',
      '`dates-stated` 8 4 0 4 0.50',
      '`dates-stated` 2 1 0 1 0.50',
      '`report-identified` 21 9 2 10 0.43',
      '`published-within-56-days` 8 1 1 6 0.13',
      '`published-within-56-days` 8 5 2 1 0.63',
      '`copies-sent` 22 22 0 0 1.00',
      '`no-s55-exclusion-claim` 16 16 0 0 1.00'
    ],
    errors: ['5', '1']
  })
})
