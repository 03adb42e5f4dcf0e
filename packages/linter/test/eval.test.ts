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
        "27",
        "0",
      ],
      "rows": "\`lpb-comments\` 265 237 6 22 0.89
    \`chief-officer-comments\` 155 116 5 34 0.75
    \`response-to-chief-officer\` 118 118 0 0 1.00
    \`cites-section-55\` 130 124 0 6 0.95
    \`dates-stated\` 69 63 0 6 0.91
    \`dates-stated\` 56 41 1 14 0.73
    \`report-identified\` 300 201 8 91 0.67
    \`published-within-56-days\` 57 22 2 33 0.39
    \`published-within-56-days\` 57 52 4 1 0.91
    \`copies-sent\` 303 300 3 0 0.99
    \`no-s55-exclusion-claim\` 284 284 0 0 1.00",
    }
  `)
  expect(blind).toMatchInlineSnapshot(`
    {
      "errors": [
        "2",
        "0",
      ],
      "rows": "\`lpb-comments\` 31 23 3 5 0.74
    \`chief-officer-comments\` 15 10 2 3 0.67
    \`response-to-chief-officer\` 13 13 0 0 1.00
    \`cites-section-55\` 18 16 0 2 0.89
    \`dates-stated\` 6 4 0 2 0.67
    \`dates-stated\` 5 2 0 3 0.40
    \`report-identified\` 38 21 4 13 0.55
    \`published-within-56-days\` 2 0 0 2 0.00
    \`published-within-56-days\` 2 0 0 2 0.00
    \`copies-sent\` 38 38 0 0 1.00
    \`no-s55-exclusion-claim\` 30 30 0 0 1.00",
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
      "Thirty-fifth set 14 8/12 (1 disagree) 4/8 (2 disagree) 8/8 10/11 2/2  8/14   14/14 9/9 1 (0)",
    ]
  `)
})
