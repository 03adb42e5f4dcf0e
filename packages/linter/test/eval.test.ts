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
        "24",
        "0",
      ],
      "rows": "\`lpb-comments\` 245 222 4 19 0.91
    \`chief-officer-comments\` 140 107 4 29 0.76
    \`response-to-chief-officer\` 107 107 0 0 1.00
    \`cites-section-55\` 123 117 0 6 0.95
    \`dates-stated\` 63 58 0 5 0.92
    \`dates-stated\` 48 39 1 8 0.81
    \`report-identified\` 272 186 5 81 0.68
    \`published-within-56-days\` 54 20 2 32 0.37
    \`published-within-56-days\` 54 50 3 1 0.93
    \`copies-sent\` 275 272 3 0 0.99
    \`no-s55-exclusion-claim\` 256 256 0 0 1.00",
    }
  `)
  expect(blind).toMatchInlineSnapshot(`
    {
      "errors": [
        "2",
        "1",
      ],
      "rows": "\`lpb-comments\` 39 26 8 5 0.67
    \`chief-officer-comments\` 22 12 2 8 0.55
    \`response-to-chief-officer\` 16 16 0 0 1.00
    \`cites-section-55\` 14 13 0 1 0.93
    \`dates-stated\` 10 5 0 5 0.50
    \`dates-stated\` 13 4 0 9 0.31
    \`report-identified\` 52 20 7 25 0.38
    \`published-within-56-days\` 5 1 0 4 0.20
    \`published-within-56-days\` 5 3 0 2 0.60
    \`copies-sent\` 52 52 0 0 1.00
    \`no-s55-exclusion-claim\` 49 49 0 0 1.00",
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
      "Twenty-sixth set 14 7/11 (3 disagree) 5/8 (1 disagree) 6/6 2/2 1/3 1/3 4/14 (2 disagree) 1/3 3/3 14/14 14/14 1 (1)",
      "Twenty-eighth set 14 4/9 (3 disagree) 1/7 (1 disagree) 5/5 5/5 2/3 1/5 3/14 (1 disagree)   14/14 14/14 0 (0)",
      "Thirty-second set 11 6/7 (1 disagree) 3/4 2/2 3/4 2/2 2/2 8/11 (1 disagree)   11/11 11/11 1 (0)",
    ]
  `)
})
