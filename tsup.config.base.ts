import {defineConfig} from 'tsup'

/** The build of every library package: ESM with types, platform-neutral so it runs in browsers too. */
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral'
})
