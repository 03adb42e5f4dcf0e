// C0 controls but tab and line feed, DEL, and C1 controls: what a terminal acts on (ESC starts CSI
// colour and cursor sequences and OSC 8 hyperlinks; CR overwrites a line; U+009B is CSI alone).
const control = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g

/**
 * Make document text safe to print to a terminal or a log: each control character except tab and
 * line feed becomes a visible `\x1B`-style escape, so a response cannot colour, clear or move the
 * terminal, or plant a hyperlink, through the report of its own text.
 *
 * @example
 *   escapeControl('a\u001B[2Jb') // 'a\\x1B[2Jb'
 */
export function escapeControl(text: string): string {
  return text.replace(control, (character) => `\\x${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
}

// What `JSON.stringify` leaves raw inside strings that a terminal acts on: DEL and the C1 controls
// (it escapes C0 already). JSON has no such character outside strings, so all of them are in one.
const rawInJson = /[\u007F-\u009F]/g

/**
 * `JSON.stringify(value, null, 2)` with every control character escaped (`\u009b`), so JSON and
 * SARIF output piped to a terminal cannot act on it; `JSON.parse` reads back the same value.
 */
export function stringifyEscaped(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(rawInJson, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
