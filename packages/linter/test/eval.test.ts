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
        "31",
        "0",
      ],
      "rows": "\`lpb-comments\` 290 257 6 27 0.89
    \`chief-officer-comments\` 173 129 6 38 0.75
    \`response-to-chief-officer\` 133 133 0 0 1.00
    \`cites-section-55\` 148 141 0 7 0.95
    \`dates-stated\` 72 67 0 5 0.93
    \`dates-stated\` 59 45 1 13 0.76
    \`report-identified\` 328 225 7 96 0.69
    \`published-within-56-days\` 58 22 2 34 0.38
    \`published-within-56-days\` 58 53 4 1 0.91
    \`copies-sent\` 331 328 3 0 0.99
    \`no-s55-exclusion-claim\` 305 305 0 0 1.00",
    }
  `)
  expect(blind).toMatchInlineSnapshot(`
    {
      "errors": [
        "3",
        "0",
      ],
      "rows": "\`lpb-comments\` 30 23 4 3 0.77
    \`chief-officer-comments\` 16 13 1 2 0.81
    \`response-to-chief-officer\` 13 13 0 0 1.00
    \`cites-section-55\` 14 13 0 1 0.93
    \`dates-stated\` 4 2 0 2 0.50
    \`dates-stated\` 6 2 0 4 0.33
    \`report-identified\` 38 15 5 18 0.39
    \`published-within-56-days\` 5 0 0 5 0.00
    \`published-within-56-days\` 5 3 0 2 0.60
    \`copies-sent\` 38 38 0 0 1.00
    \`no-s55-exclusion-claim\` 28 28 0 0 1.00",
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
      "Twentieth set 13 9/12 (1 disagree) 3/3 3/3 3/3 0/2 0/3 5/13 (3 disagree) 0/2 0/2 13/13 10/10 0 (0)",
      "Thirty-second set 11 6/7 (1 disagree) 3/4 2/2 3/4 2/2 2/2 8/11 (1 disagree)   11/11 11/11 1 (0)",
      "Forty-first set 14 8/11 (2 disagree) 7/9 (1 disagree) 8/8 7/7  0/1 2/14 (1 disagree) 0/3 3/3 14/14 7/7 2 (0)",
    ]
  `)
})
