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
    .map((section) => section.split(/^#### /m)[0] ?? '')
    .map((section) => ({
      rows: section
        .split('\n')
        .filter((line) => line.startsWith('| ') && !line.startsWith('| label'))
        .map((line) => line.split('|').slice(2, -1).map((cell) => cell.trim()).join(' '))
        .join('\n'),
      errors: /Error-level messages: (\d+); contradicting a gold label: \*\*(\d+)\*\*/.exec(section)?.slice(1)
    }))
  // Columns: rule, scored, agree, disagree, cannot tell, agreement. The two rows of
  // `published-within-56-days` score every true/false label, then as the text settles it ("cannot
  // tell" right where the body does not state both dates). Inline snapshots: after a change meant to
  // move them, `vitest run -u test/eval.test.ts` re-pins them and the diff shows what moved.
  expect(tuned).toMatchInlineSnapshot(`
    {
      "errors": [
        "17",
        "0",
      ],
      "rows": "\`lpb-comments\` 216 194 3 19 0.90
    \`chief-officer-comments\` 114 84 5 25 0.74
    \`response-to-chief-officer\` 92 89 3 0 0.97
    \`cites-section-55\` 102 96 0 6 0.94
    \`dates-stated\` 56 50 0 6 0.89
    \`dates-stated\` 43 34 1 8 0.79
    \`report-identified\` 231 161 0 70 0.70
    \`published-within-56-days\` 47 18 2 27 0.38
    \`published-within-56-days\` 47 42 3 2 0.89
    \`copies-sent\` 234 231 3 0 0.99
    \`no-s55-exclusion-claim\` 215 215 0 0 1.00",
    }
  `)
  expect(blind).toMatchInlineSnapshot(`
    {
      "errors": [
        "1",
        "0",
      ],
      "rows": "\`lpb-comments\` 22 16 2 4 0.73
    \`chief-officer-comments\` 11 5 2 4 0.45
    \`response-to-chief-officer\` 9 8 1 0 0.89
    \`cites-section-55\` 7 7 0 0 1.00
    \`dates-stated\` 5 3 0 2 0.60
    \`dates-stated\` 4 1 0 3 0.25
    \`report-identified\` 27 10 5 12 0.37
    \`published-within-56-days\` 4 0 0 4 0.00
    \`published-within-56-days\` 4 2 0 2 0.50
    \`copies-sent\` 27 27 0 0 1.00
    \`no-s55-exclusion-claim\` 24 24 0 0 1.00",
    }
  `)
  // Each blind set apart: the sets' rows of agreed/scored per label, then errors (contradicting).
  const perSet = output
    .split('#### Blind, per set')[1]!
    .split('\n')
    .filter((line) => /^\| [\w-]+ set \| \d/.test(line))
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()).join(' '))
  expect(perSet).toMatchInlineSnapshot(`
    [
      "Twentieth set 13 9/12 (1 disagree) 3/3 3/3 3/3 0/2 0/3 5/13 (2 disagree) 0/2 0/2 13/13 10/10 0 (0)",
      "Twenty-second set 14 7/10 (1 disagree) 2/8 (2 disagree) 5/6 (1 disagree) 4/4 3/3 1/1 5/14 (3 disagree) 0/2 2/2 14/14 14/14 1 (0)",
    ]
  `)
})
