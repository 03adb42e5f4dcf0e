import {spawn} from 'node:child_process'
import {fileURLToPath} from 'node:url'

/** The repository root: fixtures and examples are addressed from here, as a user would. */
export const root = fileURLToPath(new URL('../../../', import.meta.url))
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))

export interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** Spawn the built `scrutiny` command (build it first: `cd packages/cli && npx tsup`). */
export function scrutiny(args: string[], options: {input?: string | Uint8Array; cwd?: string; env?: Record<string, string>} = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const {NO_COLOR: _noColor, FORCE_COLOR: _forceColor, ...env} = process.env
    const child = spawn(process.execPath, [cli, ...args], {cwd: options.cwd ?? root, env: {...env, ...options.env}})
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
    child.stdin.end(options.input ?? '')
  })
}
