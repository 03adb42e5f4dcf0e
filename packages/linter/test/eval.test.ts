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
        "32",
        "0",
      ],
      "rows": "\`lpb-comments\` 301 258 4 39 0.86
    \`chief-officer-comments\` 182 133 5 44 0.73
    \`response-to-chief-officer\` 141 141 0 0 1.00
    \`cites-section-55\` 155 138 0 17 0.89
    \`dates-stated\` 72 68 0 4 0.94
    \`dates-stated\` 60 48 1 11 0.80
    \`report-identified\` 342 227 2 113 0.66
    \`published-within-56-days\` 61 22 2 37 0.36
    \`published-within-56-days\` 61 56 4 1 0.92
    \`copies-sent\` 345 328 3 14 0.95
    \`no-s55-exclusion-claim\` 312 312 0 0 1.00",
    }
  `)
  expect(blind).toMatchInlineSnapshot(`
    {
      "errors": [
        "2",
        "0",
      ],
      "rows": "\`lpb-comments\` 31 24 3 4 0.77
    \`chief-officer-comments\` 13 9 0 4 0.69
    \`response-to-chief-officer\` 11 10 1 0 0.91
    \`cites-section-55\` 11 8 0 3 0.73
    \`dates-stated\` 4 2 0 2 0.50
    \`dates-stated\` 5 2 0 3 0.40
    \`report-identified\` 38 19 4 15 0.50
    \`published-within-56-days\` 2 0 0 2 0.00
    \`published-within-56-days\` 2 0 0 2 0.00
    \`copies-sent\` 38 36 0 2 0.95
    \`no-s55-exclusion-claim\` 35 35 0 0 1.00",
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
      "Twentieth set 13 9/12 (1 disagree) 3/3 3/3 3/3 0/2 0/3 4/13 (3 disagree) 0/2 0/2 12/13 10/10 0 (0)",
      "Thirty-second set 11 6/7 (1 disagree) 3/4 2/2 3/4 2/2 2/2 8/11 (1 disagree)   11/11 11/11 1 (0)",
      "Forty-fourth set 14 9/12 (1 disagree) 3/6 5/6 (1 disagree) 2/4   7/14   13/14 14/14 1 (0)",
    ]
  `)
})
