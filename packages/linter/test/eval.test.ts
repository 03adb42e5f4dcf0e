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
      '`lpb-comments` 91 82 1 8 0.90',
      '`chief-officer-comments` 39 32 0 7 0.82',
      '`response-to-chief-officer` 30 30 0 0 1.00',
      '`cites-section-55` 46 44 0 2 0.96',
      '`dates-stated` 24 23 0 1 0.96',
      '`dates-stated` 21 20 0 1 0.95',
      '`report-identified` 96 82 0 14 0.85',
      // Every true/false label, then as the text settles it ("cannot tell" right where the body does not state both dates).
      '`published-within-56-days` 27 16 2 9 0.59',
      '`published-within-56-days` 27 19 8 0 0.70',
      '`copies-sent` 97 96 1 0 0.99',
      '`no-s55-exclusion-claim` 84 84 0 0 1.00'
    ],
    errors: ['4', '0']
  })
  expect(blind).toEqual({
    rows: [
      '`lpb-comments` 58 45 4 9 0.78',
      '`chief-officer-comments` 21 11 6 4 0.52',
      '`response-to-chief-officer` 19 17 2 0 0.89',
      '`cites-section-55` 23 21 0 2 0.91',
      '`dates-stated` 17 11 0 6 0.65',
      '`dates-stated` 7 4 0 3 0.57',
      '`report-identified` 63 39 3 21 0.62',
      '`published-within-56-days` 12 6 0 6 0.50',
      '`published-within-56-days` 12 11 1 0 0.92',
      '`copies-sent` 65 65 0 0 1.00',
      '`no-s55-exclusion-claim` 59 59 0 0 1.00'
    ],
    errors: ['6', '1']
  })
})
