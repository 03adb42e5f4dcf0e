// Every regular expression of the packages and the playground, checked for super-linear
// backtracking by static analysis (scslre): a report names a quantifier that a run of one repeated
// character can make the engine retry from every position, as "Recommendation" followed by a
// million spaces did. Nothing is timed. Literals are read from the source with the TypeScript
// parser; patterns built with `new RegExp` are caught as the modules make them.
import {readFileSync, readdirSync} from 'node:fs'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {RegExpParser} from '@eslint-community/regexpp'
import {analyse} from 'scslre'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))
const sourceFolders = ['schema', 'parser', 'linter', 'convert', 'cli'].map((name) => `packages/${name}/src`).concat('playground/src')
const regexParser = new RegExpParser({ecmaVersion: 2024})

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), {withFileTypes: true}).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

/** Every regular expression literal in the source, as `file /source/flags`. */
function literals(): string[] {
  const found: string[] = []
  for (const file of sourceFolders.flatMap(sourceFiles)) {
    const source = ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.Latest, true)
    const pending: ts.Node[] = [source]
    for (let node = pending.pop(); node; node = pending.pop()) {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) found.push(`${file} ${node.getText(source)}`)
      pending.push(...node.getChildren(source))
    }
  }
  return found
}

/** The super-linear quantifiers scslre finds in a pattern, as text. */
function superLinear(pattern: RegExp): string[] {
  return analyse(regexParser.parseLiteral(String(pattern))).reports.map((report) =>
    report.type === 'Trade' ? `${report.startQuant.raw} then ${report.endQuant.raw}` : report.quant.raw
  )
}

const literalPattern = (text: string): RegExp => {
  const end = text.lastIndexOf('/')
  return new RegExp(text.slice(1, end), text.slice(end + 1))
}

describe('regular expressions over document text', () => {
  const all = literals()

  it('finds the literals of every package', () => {
    // A floor, so a broken walk (no files, no literals) cannot pass as "nothing quadratic".
    expect(all.length).toBeGreaterThan(200)
    expect(new Set(all.map((entry) => entry.split('/src/')[0]))).toEqual(
      new Set(['packages/schema', 'packages/parser', 'packages/linter', 'packages/convert', 'packages/cli', 'playground'])
    )
  })

  it('no literal backtracks super-linearly', () => {
    const flagged = all.filter((entry) => superLinear(literalPattern(entry.slice(entry.indexOf(' ') + 1))).length > 0)
    expect(flagged).toEqual([])
  })

  it('no pattern built with `new RegExp` backtracks super-linearly', async () => {
    const built: Array<{pattern: RegExp; file: string}> = []
    const Native = globalThis.RegExp
    globalThis.RegExp = new Proxy(Native, {
      construct(target, args, newTarget) {
        const pattern = Reflect.construct(target, args, newTarget) as RegExp
        const file = /(packages\/[a-z]+\/src\/[^:)]+)/.exec(new Error().stack ?? '')?.[1]
        if (file) built.push({pattern, file: relative(root, join(root, file))})
        return pattern
      }
    })
    try {
      const parser = await import('@scrutiny/parser')
      const {lint} = await import('@scrutiny/linter')
      const text = readFileSync(join(root, 'fixtures/seed/warwickshire-pcc-response-west-midlands-soc-2024.txt'), 'utf8')
      const {response, file} = parser.parseResponse(text, {format: 'text'})
      lint(response, {file, preset: 'strict'})
    } finally {
      globalThis.RegExp = Native
    }
    expect(built.length).toBeGreaterThan(5)
    expect(built.filter(({pattern}) => superLinear(pattern).length > 0).map(({file, pattern}) => `${file} ${pattern}`)).toEqual([])
  })

  it('flags the quadratic shape this test exists for', () => {
    // The response parser's inline reference pattern before the fix: two runs of spaces around an optional number.
    expect(superLinear(/^(Recommendation)[ \t]*(\d{1,3})?[ \t]*[:.][ \t]*(\S.{4,})$/i)).toEqual(['[ \\t]* then [ \\t]*'])
    expect(superLinear(/^(Recommendation)[ \t]*(?:(\d{1,3})[ \t]*)?[:.][ \t]*(\S.{4,})$/i)).toEqual([])
    expect(superLinear(/[.,;]+$/)).toEqual(['[.,;]+'])
  })
})
