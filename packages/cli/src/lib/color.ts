import {type Context, type Output, useColor} from './context.js'

// ANSI open/close codes; `util.styleText` is not used because it checks `process.stdout`
// rather than the stream being written to.
const styles = {red: [31, 39], green: [32, 39], yellow: [33, 39], bold: [1, 22], dim: [2, 22]} as const

export type Style = keyof typeof styles

/**
 * A painter for one stream: styles text only when that stream is a terminal and `NO_COLOR` is unset.
 *
 * @example
 *   const paint = painter(process.stdout, process.env)
 *   paint('red', 'late by 1 day')
 */
export function painter(stream: Output, env: Context['env']): (style: Style, text: string) => string {
  if (!useColor(stream, env)) return (_style, text) => text
  return (style, text) => `\u001B[${styles[style][0]}m${text}\u001B[${styles[style][1]}m`
}
