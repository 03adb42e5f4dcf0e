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
        "22",
        "0",
      ],
      "rows": "\`lpb-comments\` 226 205 1 20 0.91
    \`chief-officer-comments\` 122 89 5 28 0.73
    \`response-to-chief-officer\` 98 94 4 0 0.96
    \`cites-section-55\` 106 100 0 6 0.94
    \`dates-stated\` 59 53 0 6 0.90
    \`dates-stated\` 44 36 1 7 0.82
    \`report-identified\` 245 174 2 69 0.71
    \`published-within-56-days\` 49 19 2 28 0.39
    \`published-within-56-days\` 49 45 3 1 0.92
    \`copies-sent\` 248 245 3 0 0.99
    \`no-s55-exclusion-claim\` 229 229 0 0 1.00",
    }
  `)
  expect(blind).toMatchInlineSnapshot(`
    {
      "errors": [
        "1",
        "0",
      ],
      "rows": "\`lpb-comments\` 25 19 3 3 0.76
    \`chief-officer-comments\` 13 12 0 1 0.92
    \`response-to-chief-officer\` 10 10 0 0 1.00
    \`cites-section-55\` 9 9 0 0 1.00
    \`dates-stated\` 3 1 0 2 0.33
    \`dates-stated\` 6 1 0 5 0.17
    \`report-identified\` 27 9 2 16 0.33
    \`published-within-56-days\` 5 0 0 5 0.00
    \`published-within-56-days\` 5 3 0 2 0.60
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
      "Twenty-fourth set 14 10/13 (2 disagree) 9/10 7/7 6/6 1/1 1/3 4/14 0/3 3/3 14/14 14/14 1 (0)",
    ]
  `)
})
