import base from '../../tsup.config.base.js'

// Two entries: the public API, and `./internal`, helpers the other @scrutiny packages share.
export default {...base, entry: ['src/index.ts', 'src/internal.ts']}
