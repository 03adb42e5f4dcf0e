export {run} from './lib/run.js'
export {CliError, FileError, UnsupportedFormatError, UsageError} from './lib/errors.js'
export type {Context, Output} from './lib/context.js'
