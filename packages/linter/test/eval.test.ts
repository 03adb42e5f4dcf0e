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
    // Each part's own table (the blind part's per-set table under "####" is pinned below).
    .map((section) => section.split(/^#### /m)[0])
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
      '`lpb-comments` 190 175 2 13 0.92',
      '`chief-officer-comments` 93 72 3 18 0.77',
      '`response-to-chief-officer` 74 73 1 0 0.99',
      '`cites-section-55` 94 88 0 6 0.94',
      '`dates-stated` 53 48 0 5 0.91',
      '`dates-stated` 37 32 1 4 0.86',
      '`report-identified` 205 164 0 41 0.80',
      // Every true/false label, then as the text settles it ("cannot tell" right where the body does not state both dates).
      '`published-within-56-days` 44 17 2 25 0.39',
      '`published-within-56-days` 44 40 3 1 0.91',
      '`copies-sent` 208 205 3 0 0.99',
      '`no-s55-exclusion-claim` 189 189 0 0 1.00'
    ],
    errors: ['17', '0']
  })
  expect(blind).toEqual({
    rows: [
      '`lpb-comments` 38 21 3 14 0.55',
      '`chief-officer-comments` 24 11 2 11 0.46',
      '`response-to-chief-officer` 21 19 2 0 0.90',
      '`cites-section-55` 11 11 0 0 1.00',
      '`dates-stated` 5 2 0 3 0.40',
      '`dates-stated` 9 2 0 7 0.22',
      '`report-identified` 39 24 10 5 0.62',
      '`published-within-56-days` 5 1 0 4 0.20',
      '`published-within-56-days` 5 2 0 3 0.40',
      '`copies-sent` 39 39 0 0 1.00',
      '`no-s55-exclusion-claim` 36 36 0 0 1.00'
    ],
    errors: ['1', '1']
  })
  // Each blind set apart: the sets' rows of agreed/scored per label, then errors (contradicting).
  const perSet = output
    .split('#### Blind, per set')[1]
    .split('\n')
    .filter((line) => /^\| \w+ set \| \d/.test(line))
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()).join(' '))
  expect(perSet).toEqual([
    'Eighteenth set 12 6/12 4/10 9/9  2/2 1/4 8/12 1/2 1/2 12/12 12/12 1 (1)',
    'Nineteenth set 14 6/14 4/11 7/9 8/8 0/1 1/2 9/14 0/1 1/1 14/14 14/14 0 (0)',
    'Twentieth set 13 9/12 3/3 3/3 3/3 0/2 0/3 7/13 0/2 0/2 13/13 10/10 0 (0)'
  ])
})
