import {ScrutinyError} from '@scrutiny/schema'
import {formatPath} from '@scrutiny/schema/internal'
import * as z from 'zod'

/** `.scrutinyrc.json`: a preset and per-rule severities. Unknown presets and rule ids are rejected by `lint`. */
export const ScrutinyConfig = z
  .object({
    preset: z.string().regex(/^[a-z][a-z0-9-]*$/).optional(),
    rules: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), z.enum(['off', 'info', 'warning', 'error'])).optional()
  })
  .strict()

export type ScrutinyConfig = z.infer<typeof ScrutinyConfig>

/** Thrown by `parseConfig`: names the file, what was expected, and what was found. */
export class ConfigError extends ScrutinyError {
  override name = 'ConfigError'
  declare readonly path: string

  constructor(path: string, problem: string) {
    super(
      `Invalid config ${path}: ${problem}; expected JSON such as {"preset": "strict", "rules": {"copies-sent": "off"}}`,
      path
    )
  }
}

/** A config is two levels deep; deeper nesting is refused before anything recurses into it. */
const maxDepth = 16

/** Whether `value` nests arrays and objects deeper than `limit`, found without recursion. */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: Array<[unknown, number]> = [[value, 0]]
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [item, depth] = next
    if (item === null || typeof item !== 'object') continue
    if (depth >= limit) return true
    for (const child of Object.values(item)) pending.push([child, depth + 1])
  }
  return false
}

/**
 * Parse and validate a `.scrutinyrc.json` (text or an already parsed value).
 *
 * @example
 *   parseConfig('{"preset": "strict", "rules": {"report-linked": "off"}}', '.scrutinyrc.json')
 *   // {preset: 'strict', rules: {'report-linked': 'off'}}
 * @throws {ConfigError}
 */
export function parseConfig(json: unknown, path = '.scrutinyrc.json'): ScrutinyConfig {
  let value = json
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json)
    } catch (error) {
      throw new ConfigError(path, `not JSON (${(error as Error).message}) in ${JSON.stringify(json.slice(0, 80))}`)
    }
  }
  if (nestsDeeperThan(value, maxDepth)) throw new ConfigError(path, `objects or arrays nested more than ${maxDepth} levels deep`)
  // JSON.parse makes `"__proto__"` an own key, which copying into a record would drop without a word.
  const rules = value !== null && typeof value === 'object' && 'rules' in value ? value.rules : undefined
  if (rules !== null && typeof rules === 'object' && Object.hasOwn(rules, '__proto__')) {
    throw new ConfigError(path, 'rules.__proto__: Unexpected rule id `__proto__`, expected a rule id such as `copies-sent`')
  }
  const result = ScrutinyConfig.safeParse(value)
  if (result.success) return result.data
  const issues = result.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`).join('; ')
  throw new ConfigError(path, `${issues} in ${JSON.stringify(value)?.slice(0, 200)}`)
}
