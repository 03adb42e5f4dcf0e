import {execFile} from 'node:child_process'
import {createReadStream, existsSync, mkdtempSync, statSync} from 'node:fs'
import {createServer} from 'node:http'
import type {Server} from 'node:http'
import {tmpdir} from 'node:os'
import {extname, join, normalize, sep} from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {chromium} from 'playwright-core'
import type {Browser} from 'playwright-core'

export const playgroundRoot = fileURLToPath(new URL('..', import.meta.url))
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
export const chromiumPath = '/usr/bin/chromium'

/** Build the page with the playground's own vite into a fresh temporary folder; returns the folder. */
export async function buildPlayground(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'scrutiny-playground-'))
  const vite = join(playgroundRoot, 'node_modules', 'vite', 'bin', 'vite.js')
  // A child process: vitest sets NODE_ENV=test, which must not leak into a production build.
  await promisify(execFile)(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: playgroundRoot,
    env: {...process.env, NODE_ENV: 'production'},
    maxBuffer: 16 * 1024 * 1024
  })
  return outDir
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png'
}

/** A static file server on 127.0.0.1 (a free port) for `root`; nothing outside `root` is served. */
export async function serveStatic(root: string): Promise<{server: Server; origin: string}> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname)
    const file = normalize(join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname))
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end('Not found')
      return
    }
    response.writeHead(200, {'content-type': contentTypes[extname(file)] ?? 'application/octet-stream'})
    createReadStream(file).pipe(response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('Expected a TCP address for the test server')
  return {server, origin: `http://127.0.0.1:${address.port}`}
}

/** Debian's Chromium, headless, with everything that phones home switched off. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run'
    ]
  })
}
