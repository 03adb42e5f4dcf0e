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
      '`lpb-comments` 139 127 1 11 0.91',
      '`chief-officer-comments` 53 44 0 9 0.83',
      '`response-to-chief-officer` 42 42 0 0 1.00',
      '`cites-section-55` 66 63 0 3 0.95',
      '`dates-stated` 41 37 0 4 0.90',
      '`dates-stated` 29 26 0 3 0.90',
      '`report-identified` 150 117 1 32 0.78',
      // Every true/false label, then as the text settles it ("cannot tell" right where the body does not state both dates).
      '`published-within-56-days` 42 15 2 25 0.36',
      '`published-within-56-days` 42 39 2 1 0.93',
      '`copies-sent` 152 151 1 0 0.99',
      '`no-s55-exclusion-claim` 133 133 0 0 1.00'
    ],
    errors: ['9', '0']
  })
  expect(blind).toEqual({
    rows: [
      '`lpb-comments` 51 29 13 9 0.57',
      '`chief-officer-comments` 40 12 6 22 0.30',
      '`response-to-chief-officer` 32 30 2 0 0.94',
      '`cites-section-55` 28 25 0 3 0.89',
      '`dates-stated` 12 8 1 3 0.67',
      '`dates-stated` 8 4 1 3 0.50',
      '`report-identified` 55 31 2 22 0.56',
      '`published-within-56-days` 2 1 0 1 0.50',
      '`published-within-56-days` 2 2 0 0 1.00',
      '`copies-sent` 56 54 2 0 0.96',
      '`no-s55-exclusion-claim` 56 56 0 0 1.00'
    ],
    errors: ['7', '2']
  })
})
