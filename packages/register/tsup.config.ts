import {defineConfig, type Options} from 'tsup'
import base from '../../tsup.config.base.js'

// The register opens SQLite files through a native module, so unlike the cores it builds for Node.
export default defineConfig({...(base as Options), platform: 'node', target: 'node20'})
