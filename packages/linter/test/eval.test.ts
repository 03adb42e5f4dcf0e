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
      '`lpb-comments` 55 55 0 0 1.00',
      '`chief-officer-comments` 24 21 0 3 0.88',
      '`response-to-chief-officer` 20 20 0 0 1.00',
      '`cites-section-55` 32 30 0 2 0.94',
      '`dates-stated` 17 16 0 1 0.94',
      '`dates-stated` 13 13 0 0 1.00',
      '`report-identified` 56 54 0 2 0.96',
      // Every true/false label, then as the text settles it ("cannot tell" right where the body does not state both dates).
      '`published-within-56-days` 21 13 2 6 0.62',
      '`published-within-56-days` 21 14 7 0 0.67',
      '`copies-sent` 57 57 0 0 1.00',
      '`no-s55-exclusion-claim` 44 44 0 0 1.00'
    ],
    errors: ['2', '0']
  })
  expect(blind).toEqual({
    rows: [
      '`lpb-comments` 12 12 0 0 1.00',
      '`chief-officer-comments` 3 2 1 0 0.67',
      '`response-to-chief-officer` 2 2 0 0 1.00',
      '`cites-section-55` 4 4 0 0 1.00',
      '`dates-stated` 4 3 0 1 0.75',
      '`dates-stated` 0 0 0 0 –',
      '`report-identified` 12 6 1 5 0.50',
      '`published-within-56-days` 5 1 0 4 0.20',
      '`published-within-56-days` 5 4 1 0 0.80',
      '`copies-sent` 13 13 0 0 1.00',
      '`no-s55-exclusion-claim` 7 7 0 0 1.00'
    ],
    errors: ['2', '0']
  })
})
