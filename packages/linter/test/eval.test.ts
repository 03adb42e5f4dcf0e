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
        "30",
        "0",
      ],
      "rows": "\`lpb-comments\` 277 247 6 24 0.89
    \`chief-officer-comments\` 163 121 6 36 0.74
    \`response-to-chief-officer\` 126 126 0 0 1.00
    \`cites-section-55\` 141 134 0 7 0.95
    \`dates-stated\` 71 65 0 6 0.92
    \`dates-stated\` 56 41 1 14 0.73
    \`report-identified\` 314 211 6 97 0.67
    \`published-within-56-days\` 57 22 2 33 0.39
    \`published-within-56-days\` 57 52 4 1 0.91
    \`copies-sent\` 317 314 3 0 0.99
    \`no-s55-exclusion-claim\` 293 293 0 0 1.00",
    }
  `)
  expect(blind).toMatchInlineSnapshot(`
    {
      "errors": [
        "2",
        "0",
      ],
      "rows": "\`lpb-comments\` 32 23 3 6 0.72
    \`chief-officer-comments\` 17 10 0 7 0.59
    \`response-to-chief-officer\` 12 11 1 0 0.92
    \`cites-section-55\` 14 13 0 1 0.93
    \`dates-stated\` 5 3 0 2 0.60
    \`dates-stated\` 8 3 0 5 0.38
    \`report-identified\` 38 20 5 13 0.53
    \`published-within-56-days\` 3 0 0 3 0.00
    \`published-within-56-days\` 3 1 0 2 0.33
    \`copies-sent\` 38 38 0 0 1.00
    \`no-s55-exclusion-claim\` 33 33 0 0 1.00",
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
      "Thirty-eighth set 14 8/13 (1 disagree) 4/10 6/7 (1 disagree) 7/7 1/1 1/3 7/14 (1 disagree) 0/1 1/1 14/14 12/12 1 (0)",
    ]
  `)
})
