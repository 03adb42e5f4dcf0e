import {readFileSync} from 'node:fs'
import {Ajv2020} from 'ajv/dist/2020.js'
import {describe, expect, it} from 'vitest'
import {renderSchemaDocs} from '../scripts/render-docs.js'
import {toJsonSchema} from '../src/index.js'

const readExample = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../examples/${name}`, import.meta.url), 'utf8'))

// The committed files are what the package publishes; regenerate them with `pnpm generate`.
describe('generated files', () => {
  it.each(['inspection-report', 'statutory-response'] as const)('json/%s.schema.json matches the zod schema', async (name) => {
    await expect(`${JSON.stringify(toJsonSchema(name), null, 2)}\n`).toMatchFileSnapshot(`../json/${name}.schema.json`)
  })

  it('docs/schema.md matches the schemas’ metadata', async () => {
    await expect(renderSchemaDocs()).toMatchFileSnapshot('../../../docs/schema.md')
  })
})

describe('JSON Schema and zod agree', () => {
  const ajv = new Ajv2020({allErrors: true, strict: false})
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/)
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:/i)
  const validateReport = ajv.compile(toJsonSchema('inspection-report'))
  const validateResponse = ajv.compile(toJsonSchema('statutory-response'))

  it('accept the seed examples', () => {
    expect(validateReport(readExample('seed-report.json'))).toBe(true)
    expect(validateReport.errors).toBeNull()
    expect(validateResponse(readExample('seed-response.json'))).toBe(true)
    expect(validateResponse.errors).toBeNull()
  })

  it('reject a finding of an unknown kind and a response without its report reference', () => {
    const report = readExample('seed-report.json') as {findings: Array<{kind: string}>}
    report.findings[0]!.kind = 'observation'
    expect(validateReport(report)).toBe(false)
    const {report: _report, ...response} = readExample('seed-response.json') as Record<string, unknown>
    expect(validateResponse(response)).toBe(false)
    expect(validateResponse.errors?.[0]).toMatchObject({keyword: 'required', params: {missingProperty: 'report'}})
  })

  it('describe every named definition with a title', () => {
    for (const name of ['inspection-report', 'statutory-response'] as const) {
      const {$defs = {}} = toJsonSchema(name) as {$defs?: Record<string, {title?: string}>}
      const untitled = Object.entries($defs)
        .filter(([, definition]) => !definition.title)
        .map(([id]) => id)
      expect(untitled).toEqual([])
    }
  })
})
