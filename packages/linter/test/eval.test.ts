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
      '`lpb-comments` 26 26 0 0 1.00',
      '`chief-officer-comments` 16 14 0 2 0.88',
      '`response-to-chief-officer` 12 12 0 0 1.00',
      '`cites-section-55` 22 22 0 0 1.00',
      '`dates-stated` 10 9 0 1 0.90',
      '`dates-stated` 10 10 0 0 1.00',
      '`report-identified` 27 25 0 2 0.93',
      // Every true/false label, then as the text settles it ("cannot tell" right where the body does not state both dates).
      '`published-within-56-days` 13 8 2 3 0.62',
      '`published-within-56-days` 13 9 4 0 0.69',
      '`copies-sent` 28 28 0 0 1.00',
      '`no-s55-exclusion-claim` 24 24 0 0 1.00'
    ],
    errors: ['1', '0']
  })
  expect(blind).toEqual({
    rows: [
      '`lpb-comments` 21 21 0 0 1.00',
      '`chief-officer-comments` 5 3 0 2 0.60',
      '`response-to-chief-officer` 6 6 0 0 1.00',
      '`cites-section-55` 8 7 0 1 0.88',
      '`dates-stated` 6 4 0 2 0.67',
      '`dates-stated` 2 1 0 1 0.50',
      '`report-identified` 21 15 0 6 0.71',
      '`published-within-56-days` 5 1 0 4 0.20',
      '`published-within-56-days` 5 4 0 1 0.80',
      '`copies-sent` 21 20 1 0 0.95',
      '`no-s55-exclusion-claim` 12 12 0 0 1.00'
    ],
    errors: ['1', '0']
  })
})
