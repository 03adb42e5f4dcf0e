import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vite'
import {inlineBundle} from './build/inline-bundle.js'

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
  worker: {format: 'es'},
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
