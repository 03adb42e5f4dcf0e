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
      '`lpb-comments` 139 136 0 3 0.98',
      '`chief-officer-comments` 53 47 0 6 0.89',
      '`response-to-chief-officer` 42 42 0 0 1.00',
      '`cites-section-55` 66 63 0 3 0.95',
      '`dates-stated` 41 38 0 3 0.93',
      '`dates-stated` 29 26 0 3 0.90',
      '`report-identified` 150 123 1 26 0.82',
      // Every true/false label, then as the text settles it ("cannot tell" right where the body does not state both dates).
      '`published-within-56-days` 42 16 2 24 0.38',
      '`published-within-56-days` 42 38 3 1 0.90',
      '`copies-sent` 152 151 1 0 0.99',
      '`no-s55-exclusion-claim` 133 133 0 0 1.00'
    ],
    errors: ['10', '0']
  })
  expect(blind).toEqual({
    rows: [
      '`lpb-comments` 63 37 12 14 0.59',
      '`chief-officer-comments` 50 17 8 25 0.34',
      '`response-to-chief-officer` 41 39 2 0 0.95',
      '`cites-section-55` 28 25 0 3 0.89',
      '`dates-stated` 14 10 1 3 0.71',
      '`dates-stated` 12 5 1 6 0.42',
      '`report-identified` 67 41 4 22 0.61',
      '`published-within-56-days` 4 2 0 2 0.50',
      '`published-within-56-days` 4 3 0 1 0.75',
      '`copies-sent` 68 66 2 0 0.97',
      '`no-s55-exclusion-claim` 68 68 0 0 1.00'
    ],
    errors: ['4', '1']
  })
})
