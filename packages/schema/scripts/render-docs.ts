import {documentSchemas, toJsonSchema, type DocumentSchemaName} from '../src/index.js'

type JsonSchema = {
  $ref?: string
  type?: string | string[]
  title?: string
  description?: string
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  enum?: unknown[]
  const?: unknown
  oneOf?: JsonSchema[]
  anyOf?: JsonSchema[]
  format?: string
  $defs?: Record<string, JsonSchema>
}

function typeOf(schema: JsonSchema): string {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/$defs/', '')
    return `[${name}](#${name.toLowerCase()})`
  }
  if (schema.const !== undefined) return `\`${JSON.stringify(schema.const)}\``
  if (schema.enum) return schema.enum.map((value) => `\`${JSON.stringify(value)}\``).join(' \\| ')
  if (schema.oneOf ?? schema.anyOf) return (schema.oneOf ?? schema.anyOf ?? []).map(typeOf).join(' \\| ')
  if (schema.type === 'array' && schema.items) return `${typeOf(schema.items)}[]`
  if (schema.format) return `${String(schema.type)} (${schema.format})`
  return Array.isArray(schema.type) ? schema.type.join(' \\| ') : (schema.type ?? 'any')
}

function cell(text: string | undefined): string {
  return (text ?? '').replaceAll('|', '\\|').replaceAll('\n', ' ')
}

function renderDefinition(name: string, schema: JsonSchema): string {
  const lines = [`### ${name}`, '']
  if (schema.description) lines.push(schema.description, '')
  if (schema.properties) {
    lines.push('| field | type | required | description |', '|---|---|---|---|')
    const required = new Set(schema.required ?? [])
    for (const [field, property] of Object.entries(schema.properties)) {
      lines.push(`| \`${field}\` | ${typeOf(property)} | ${required.has(field) ? 'yes' : 'no'} | ${cell(property.description)} |`)
    }
    lines.push('')
  } else {
    lines.push(`Type: ${typeOf(schema)}`, '')
  }
  return lines.join('\n')
}

/** `docs/schema.md`, generated from the zod schemas' metadata through their JSON Schema. */
export function renderSchemaDocs(): string {
  const definitions = new Map<string, JsonSchema>()
  for (const name of Object.keys(documentSchemas) as DocumentSchemaName[]) {
    const schema = toJsonSchema(name) as JsonSchema
    for (const [id, definition] of Object.entries(schema.$defs ?? {})) definitions.set(id, definition)
  }
  const sections = [...definitions].map(([id, definition]) => renderDefinition(id, definition))
  return [
    '# The document model',
    '',
    '<!-- Generated from packages/schema by `pnpm generate`; edit the schemas, not this file. -->',
    '',
    '`@scrutiny/schema` defines two documents with zod and publishes each as JSON Schema (draft 2020-12):',
    '',
    '- **InspectionReport** (`@scrutiny/schema/inspection-report.schema.json`): an HMICFRS report, its graded judgements and findings.',
    '- **StatutoryResponse** (`@scrutiny/schema/statutory-response.schema.json`): a local policing body\'s published comments under section 55 of the Police Act 1996.',
    '',
    'Types are inferred from the schemas (`z.infer`), so the TypeScript types, the JSON Schema files and this page never disagree.',
    '',
    '```ts',
    "import {InspectionReport, validateStatutoryResponse, responseDeadline, findForce} from '@scrutiny/schema'",
    '',
    'const report = InspectionReport.parse(json) // throws a ZodError on invalid input',
    'const result = validateStatutoryResponse(json) // {success, data} or {success: false, issues: [{path, message}]}',
    "responseDeadline('2024-05-14') // '2024-07-08': the 56 days begin with the day of publication",
    "findForce('the Met', '2024-01-01')?.localPolicingBody.kind // 'mopac'",
    '```',
    '',
    'Every finding and grade carries a `position` (a unist-compatible `SourceSpan`) into the text it was read from.',
    '',
    '## Definitions',
    '',
    sections.join('\n')
  ].join('\n')
}
