import {fileURLToPath} from 'node:url'
import {type Plugin, defineConfig} from 'vite'
import {inlineBundle} from './build/inline-bundle.js'

/**
 * A worker has no `document`: the HTML entity decoder under the Markdown parser has a build that
 * decodes through the DOM (picked for browsers) and a plain one, which the check's worker takes.
 */
const noDomInWorkers: Plugin = {
  name: 'no-dom-in-workers',
  // Before vite's own resolver, which would pick the DOM build.
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (source !== 'decode-named-character-reference') return null
    const resolved = await this.resolve(source, importer, {...options, skipSelf: true})
    return resolved && {...resolved, id: resolved.id.replace(/index\.dom\.js$/, 'index.js')}
  }
}

// The packages resolve to their sources, as in the root vitest config, so the playground
// builds without waiting for each package's own build.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Relative URLs, so the built page works from any folder of any static host.
  base: './',
  resolve: {
    alias: [
      {
        find: /^@scrutiny\/([a-z-]+)$/,
        replacement: fileURLToPath(new URL('../packages/$1/src/index.ts', import.meta.url))
      },
      {
        find: /^@scrutiny\/([a-z-]+)\/internal$/,
        replacement: fileURLToPath(new URL('../packages/$1/src/internal.ts', import.meta.url))
      }
    ]
  },
  // One chunk per worker: a blob worker has no URL to load further chunks from.
  worker: {format: 'es', rollupOptions: {output: {inlineDynamicImports: true}}, plugins: () => [noDomInWorkers]},
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    // One self-contained file: module scripts are blocked on file:// pages, inline ones are not.
    assetsInlineLimit: Number.POSITIVE_INFINITY,
    cssCodeSplit: false,
    chunkSizeWarningLimit: 8192,
    rollupOptions: {
      output: {inlineDynamicImports: true},
      onLog(level, log, handler) {
        // zod's sources carry comments Rollup cannot place; harmless, and not ours to change.
        if (log.code === 'INVALID_ANNOTATION' && log.id?.includes('/node_modules/')) return
        handler(level, log)
      }
    }
  },
  plugins: [inlineBundle()]
})
