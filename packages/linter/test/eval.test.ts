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
      '`lpb-comments` 18 18 0 0 1.00',
      '`chief-officer-comments` 11 11 0 0 1.00',
      '`response-to-chief-officer` 7 7 0 0 1.00',
      '`cites-section-55` 16 16 0 0 1.00',
      '`dates-stated` 7 7 0 0 1.00',
      '`dates-stated` 7 7 0 0 1.00',
      '`report-identified` 19 19 0 0 1.00',
      // Every true/false label, then as the text settles it ("cannot tell" right where the body does not state both dates).
      '`published-within-56-days` 9 6 1 2 0.67',
      '`published-within-56-days` 9 7 2 0 0.78',
      '`copies-sent` 20 20 0 0 1.00',
      '`no-s55-exclusion-claim` 16 16 0 0 1.00'
    ],
    errors: ['2', '0']
  })
  expect(blind).toEqual({
    rows: [
      '`lpb-comments` 13 13 0 0 1.00',
      '`chief-officer-comments` 4 2 0 2 0.50',
      '`response-to-chief-officer` 4 4 0 0 1.00',
      '`cites-section-55` 4 3 0 1 0.75',
      '`dates-stated` 2 2 0 0 1.00',
      '`dates-stated` 1 1 0 0 1.00',
      '`report-identified` 13 10 0 3 0.77',
      '`published-within-56-days` 3 1 0 2 0.33',
      '`published-within-56-days` 3 3 0 0 1.00',
      '`copies-sent` 13 12 1 0 0.92',
      '`no-s55-exclusion-claim` 4 4 0 0 1.00'
    ],
    errors: ['1', '0']
  })
})
