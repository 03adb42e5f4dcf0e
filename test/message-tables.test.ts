import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {convertMessages} from '../packages/convert/src/lib/messages.js'
import {parserMessages} from '../packages/parser/src/lib/messages.js'

// Every message the parser and the converter give takes its reason from its package's one table
// (which also writes the docs and the URLs): a reason written at the place it is emitted would be
// missing from the docs and could drift from them. These checks read the sources, so a stray reason
// added anywhere fails here.

/** Where a VFile message is made: `file.message(`, `.info(`, `.fail(`, `new VFileMessage(`. */
const emitting = /(?:\.(?:message|info|fail)|new VFileMessage)\(\s*([^,)]*)/g
// A reason in the developer form, in a string literal: '…', "…" or `…`.
const literalReason = /['"`](?:Unexpected|Expected|Missing|Dropped)\b/

/** The problems in one source file: a message made from anything but the table's filled reason, or a reason written out. */
export function strayReasons(source: string): string[] {
  const found: string[] = []
  for (const match of source.matchAll(emitting)) {
    const first = match[1]!.trim()
    if (!/^(?:messageReason\(|reason$)/.test(first)) found.push(`message made from \`${first}\``)
    else if (first === 'reason' && !/\bconst reason = messageReason\(/.test(source)) found.push('message made from a `reason` not filled from the table')
  }
  for (const line of source.split('\n')) if (literalReason.test(line) && !/^\s*(?:\/\/|\*)/.test(line)) found.push(`reason written out: ${line.trim()}`)
  return found
}

/** The TypeScript sources of a package but its message table. */
function sources(dir: URL): Array<[string, string]> {
  return readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((name) => name.endsWith('.ts') && name !== 'lib/messages.ts')
    .map((name) => [name, readFileSync(new URL(name, dir), 'utf8')])
}

describe('one message table per package', () => {
  it('finds a reason written where it is emitted, on constructed sources', () => {
    expect(strayReasons("context.warn('numbering-gap', {kind, number, last, next}, place)\nconst reason = messageReason(id, values)\nfile.message(reason, options)")).toEqual([])
    const written = strayReasons('file.message(`Unexpected ${kind}, expected none`, options)')
    expect(written).toHaveLength(2)
    expect(written[0]).toMatch(/^message made from `.Unexpected/)
    expect(written[1]).toBe('reason written out: file.message(`Unexpected ${kind}, expected none`, options)')
    expect(strayReasons("notices.push({ruleId: 'no-text', reason: 'Unexpected empty file, expected text'})")).toEqual(["reason written out: notices.push({ruleId: 'no-text', reason: 'Unexpected empty file, expected text'})"])
  })

  for (const [name, dir] of [
    ['parser', new URL('../packages/parser/src/', import.meta.url)],
    ['convert', new URL('../packages/convert/src/', import.meta.url)]
  ] as const) {
    it(`emits no reason outside the ${name} table`, () => {
      const stray = sources(dir).flatMap(([file, source]) => strayReasons(source).map((problem) => `${file}: ${problem}`))
      expect(stray).toEqual([])
    })
  }

  it('words every warning’s reason "Unexpected …, expected …"', () => {
    const warnings = [...Object.values(parserMessages), ...Object.values(convertMessages).filter((spec) => spec.level === 'warning')]
    for (const spec of warnings) expect(spec.reason).toMatch(/^Unexpected .+, expected /)
  })
})
