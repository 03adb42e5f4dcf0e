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
      '`dates-stated` 31 29 0 2 0.94',
      '`dates-stated` 23 22 0 1 0.96',
      '`report-identified` 116 96 0 20 0.83',
      // Every true/false label, then as the text settles it ("cannot tell" right where the body does not state both dates).
      '`published-within-56-days` 34 11 2 21 0.32',
      '`published-within-56-days` 34 32 2 0 0.94',
      '`copies-sent` 118 117 1 0 0.99',
      '`no-s55-exclusion-claim` 99 99 0 0 1.00'
    ],
    errors: ['7', '0']
  })
  expect(blind).toEqual({
    rows: [
      '`lpb-comments` 68 45 12 11 0.66',
      '`chief-officer-comments` 38 18 6 14 0.47',
      '`response-to-chief-officer` 33 31 2 0 0.94',
      '`cites-section-55` 35 32 0 3 0.91',
      '`dates-stated` 19 10 1 8 0.53',
      '`dates-stated` 11 4 1 6 0.36',
      '`report-identified` 71 46 3 22 0.65',
      '`published-within-56-days` 8 2 0 6 0.25',
      '`published-within-56-days` 8 5 0 3 0.63',
      '`copies-sent` 72 70 2 0 0.97',
      '`no-s55-exclusion-claim` 72 72 0 0 1.00'
    ],
    errors: ['6', '2']
  })
})
