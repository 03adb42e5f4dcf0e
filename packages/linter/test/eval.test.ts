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
      '`lpb-comments` 43 43 0 0 1.00',
      '`chief-officer-comments` 21 18 0 3 0.86',
      '`response-to-chief-officer` 18 18 0 0 1.00',
      '`cites-section-55` 29 27 0 2 0.93',
      '`dates-stated` 14 13 0 1 0.93',
      '`dates-stated` 12 12 0 0 1.00',
      '`report-identified` 44 42 0 2 0.95',
      // Every true/false label, then as the text settles it ("cannot tell" right where the body does not state both dates).
      '`published-within-56-days` 17 11 2 4 0.65',
      '`published-within-56-days` 17 12 5 0 0.71',
      '`copies-sent` 45 45 0 0 1.00',
      '`no-s55-exclusion-claim` 32 32 0 0 1.00'
    ],
    errors: ['2', '0']
  })
  expect(blind).toEqual({
    rows: [
      '`lpb-comments` 24 23 0 1 0.96',
      '`chief-officer-comments` 6 2 1 3 0.33',
      '`response-to-chief-officer` 4 4 0 0 1.00',
      '`cites-section-55` 7 7 0 0 1.00',
      '`dates-stated` 7 3 0 4 0.43',
      '`dates-stated` 1 0 0 1 0.00',
      '`report-identified` 24 12 1 11 0.50',
      '`published-within-56-days` 9 3 0 6 0.33',
      '`published-within-56-days` 9 6 3 0 0.67',
      '`copies-sent` 25 24 1 0 0.96',
      '`no-s55-exclusion-claim` 19 19 0 0 1.00'
    ],
    errors: ['2', '0']
  })
})
