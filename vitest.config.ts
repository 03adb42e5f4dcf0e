import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vitest/config'

// Tests import workspace packages from source, so a change is tested without a rebuild;
// tests that need the built output (the CLI, plain-Node imports) spawn it explicitly.
export default defineConfig({
  resolve: {
    alias: [
      {
        find: /^@scrutiny\/([a-z-]+)$/,
        replacement: fileURLToPath(new URL('./packages/$1/src/index.ts', import.meta.url))
      },
      {
        find: /^@scrutiny\/([a-z-]+)\/internal$/,
        replacement: fileURLToPath(new URL('./packages/$1/src/internal.ts', import.meta.url))
      }
    ]
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'playground/test/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000
  }
})
