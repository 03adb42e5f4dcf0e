// The properties of issue 8, written once for both the CI tests (on source, fixed seed, few runs)
// and `pnpm fuzz` (on the built packages, random seeds, many runs): pass the modules to test.
import {makeDocx} from '../../scripts/lib/documents.mjs'
import {anyBytes, anyString, knownFindings, markdownLike, mutatedBytes, mutatedText, reportLike} from './arbitraries.mjs'
import {InvariantError, checkReport, checkResponse, checkSame, checkSpans, resultOrTypedError, verdict} from './invariants.mjs'

const formats = [undefined, 'text', 'markdown', 'html']

/**
 * The properties, grouped by the function under test. Each has a `name`, the number of `runs` CI
 * makes, and a fast-check `property`.
 *
 * @param modules `{fc, schema, parser, linter, convert}`: fast-check and the packages to test.
 * @param fixtures What `loadFixtures()` returns.
 */
export function defineProperties(modules, fixtures) {
  const {fc, parser, linter, convert} = modules
  const inputErrors = [parser.InputError]

  /** Parse a report, check every invariant, and return the result (or `undefined` for a typed error). */
  async function report(input, options) {
    const read = await resultOrTypedError(() => parser.toMdast(input, options), inputErrors, 'toMdast')
    const result = await resultOrTypedError(() => parser.parseReport(input, options), inputErrors, 'parseReport')
    if ((read === undefined) !== (result === undefined)) throw new InvariantError('parseReport: expected the same typed errors as toMdast')
    if (result) checkReport(result, String(read.file.value), read.format !== 'html', modules)
    return result
  }

  async function response(input, options) {
    const read = await resultOrTypedError(() => parser.toMdast(input, options), inputErrors, 'toMdast')
    const result = await resultOrTypedError(() => parser.parseResponse(input, options), inputErrors, 'parseResponse')
    if ((read === undefined) !== (result === undefined)) throw new InvariantError('parseResponse: expected the same typed errors as toMdast')
    if (result) checkResponse(result, String(read.file.value), read.format !== 'html', modules)
    return result
  }

  const format = fc.constantFrom(...formats)
  const reportTexts = [...fixtures.reports, ...fixtures.constructed]
  const encoder = new TextEncoder()
  const toBytes = ({name, text}) => ({name, bytes: encoder.encode(text)})

  return {
    parseReport: [
      {name: 'arbitrary strings', runs: 150, property: fc.asyncProperty(anyString(fc, 3000), format, async (text, format) => void (await report(text, {format})))},
      {name: 'arbitrary bytes', runs: 100, property: fc.asyncProperty(anyBytes(fc, 3000), format, async (bytes, format) => void (await report(bytes, {format})))},
      {name: 'Markdown-like text', runs: 150, property: fc.asyncProperty(markdownLike(fc), format, async (text, format) => void (await report(text, {format})))},
      {name: 'report-like text', runs: 150, property: fc.asyncProperty(reportLike(fc), format, async (text, format) => void (await report(text, {format})))},
      {
        name: 'every numbered or bulleted finding is read, in order, with nothing extra',
        runs: 100,
        property: fc.asyncProperty(knownFindings(fc), async ({text, findings}) => {
          const {report: parsed} = await report(text, {format: 'text'})
          const found = parsed.findings.map((finding) => ({kind: finding.kind, text: finding.text}))
          checkSame(found, findings, 'findings of a report whose findings are known')
        })
      },
      {
        name: 'real reports with lines deleted, duplicated and shuffled; the same result twice',
        runs: 100,
        property: fc.asyncProperty(mutatedText(fc, reportTexts), format, async ({name, text}, format) => {
          const first = await report(text, {format, path: name})
          const second = await report(text, {format, path: name})
          checkSame(first?.report, second?.report, 'parseReport')
        })
      },
      {
        name: 'real reports with bytes deleted, duplicated and overwritten',
        runs: 100,
        property: fc.asyncProperty(mutatedBytes(fc, reportTexts.map(toBytes)), format, async ({name, bytes}, format) => void (await report(bytes, {format, path: name})))
      }
    ],
    parseResponse: [
      {name: 'arbitrary strings', runs: 100, property: fc.asyncProperty(anyString(fc, 3000), format, async (text, format) => void (await response(text, {format})))},
      {name: 'arbitrary bytes', runs: 60, property: fc.asyncProperty(anyBytes(fc, 3000), format, async (bytes, format) => void (await response(bytes, {format})))},
      {
        name: 'Markdown-like and response-like text',
        runs: 150,
        property: fc.asyncProperty(fc.oneof(markdownLike(fc), reportLike(fc)), format, async (text, format) => void (await response(text, {format})))
      },
      {
        name: 'real responses with lines deleted, duplicated and shuffled; the same result twice',
        runs: 80,
        property: fc.asyncProperty(mutatedText(fc, fixtures.responses), format, async ({name, text}, format) => {
          const first = await response(text, {format, path: name})
          const second = await response(text, {format, path: name})
          checkSame(first?.response, second?.response, 'parseResponse')
        })
      },
      {
        name: 'real responses with bytes deleted, duplicated and overwritten',
        runs: 60,
        property: fc.asyncProperty(mutatedBytes(fc, fixtures.responses.map(toBytes)), async ({name, bytes}) => void (await response(bytes, {path: name})))
      }
    ],
    lint: [
      {
        name: 'the same verdict twice on mutated real responses',
        runs: 60,
        property: fc.asyncProperty(mutatedText(fc, fixtures.responses), fc.constantFrom('recommended', 'strict'), async ({text}, preset) => {
          const lintOnce = () => {
            const {response: parsed, file} = parser.parseResponse(text, {format: 'text'})
            const result = linter.lint(parsed, {file, report: fixtures.seedReport, preset})
            return {...verdict(result), positions: result.messages.map((message) => `${message.line}:${message.column}`)}
          }
          const first = await resultOrTypedError(lintOnce, inputErrors, 'parse and lint')
          if (first) checkSame(first, lintOnce(), 'lint')
        })
      },
      {
        name: 'verdicts do not depend on CRLF line ends, a byte order mark or trailing whitespace',
        runs: 60,
        property: fc.asyncProperty(
          mutatedText(fc, fixtures.responses),
          // A no-break space too: web copies end lines with one, and a line of only one is blank.
          fc.record({crlf: fc.boolean(), bom: fc.boolean(), trailing: fc.constantFrom('', ' ', '\t', '  ', ' \t', '\u00a0', ' \u00a0')}),
          fc.constantFrom('text', 'markdown'),
          async ({text}, variant, format) => {
            const lintText = (input) => {
              const {response: parsed, file} = parser.parseResponse(input, {format})
              return verdict(linter.lint(parsed, {file, report: fixtures.seedReport, preset: 'strict'}))
            }
            const base = await resultOrTypedError(() => lintText(text), inputErrors, 'parse and lint')
            if (!base) return
            let changed = variant.trailing ? text.replace(/\n/g, `${variant.trailing}\n`) : text
            if (variant.crlf) changed = changed.replace(/\n/g, '\r\n')
            if (variant.bom) changed = `\ufeff${changed}`
            checkSame(lintText(changed), base, `lint verdict with ${JSON.stringify(variant)}`)
          }
        )
      }
    ],
    convert: [
      {
        name: 'Word documents of real responses with lines deleted, duplicated and shuffled',
        runs: 20,
        property: fc.asyncProperty(mutatedText(fc, fixtures.responses), async ({name, text}) => {
          const bytes = new Uint8Array(await makeDocx(text, 1))
          const path = name.replace(/\.txt$/, '.docx')
          const read = await resultOrTypedError(() => convert.readDocument(bytes, {path}), [convert.ConvertError], 'readDocument')
          if (!read) return
          const source = String(read.file.value)
          checkResponse(parser.responseFromTree(read.tree, read.file, {path}), source, true, modules)
          checkSpans(textNodes(read.tree), source, true, 'text nodes', (node) => node.value)
        })
      },
      {
        name: 'Word responses with bytes deleted, duplicated, overwritten or cut off',
        runs: 25,
        property: fc.asyncProperty(mutatedBytes(fc, fixtures.docx), async ({name, bytes}) => {
          const read = await resultOrTypedError(() => convert.readDocument(bytes, {path: name}), [convert.ConvertError], 'readDocument')
          if (!read) return
          const parsed = parser.responseFromTree(read.tree, read.file, {path: name})
          checkResponse(parsed, String(read.file.value), true, modules)
        })
      },
      {
        name: 'PDF reports and responses with bytes deleted, duplicated, overwritten or cut off',
        runs: 25,
        property: fc.asyncProperty(mutatedBytes(fc, fixtures.pdf), async ({name, bytes}) => {
          const read = await resultOrTypedError(() => convert.readDocument(bytes, {path: name}), [convert.ConvertError], 'readDocument')
          if (!read) return
          const source = String(read.file.value)
          checkReport(parser.reportFromTree(read.tree, read.file, {path: name}), source, true, modules)
          checkSpans(textNodes(read.tree), source, true, 'text nodes', (node) => node.value)
        })
      }
    ]
  }
}

/** The text nodes of a tree, in document order. */
function textNodes(tree) {
  const found = []
  const walk = (node) => {
    if (node.type === 'text' && node.position) found.push(node)
    for (const child of node.children ?? []) walk(child)
  }
  walk(tree)
  return found
}
