import {defineConfig} from 'tsup'

// `cli.js` keeps the hashbang of src/cli.ts (esbuild preserves it on entry points and tsup marks
// the file executable); `worker.js` is the entry each parse worker thread loads, `register-worker.js`
// each register worker's.
export default defineConfig({
  entry: {cli: 'src/cli.ts', index: 'src/index.ts', worker: 'src/worker.ts', 'register-worker': 'src/register-worker.ts'},
  format: ['esm'],
  dts: {entry: {index: 'src/index.ts'}},
  clean: true,
  target: 'node20',
  platform: 'node'
})
