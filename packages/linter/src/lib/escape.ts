// C0 controls but tab and line feed, DEL, and C1 controls: what a terminal acts on (ESC starts CSI
// colour and cursor sequences and OSC 8 hyperlinks; CR overwrites a line; U+009B is CSI alone).
// Then the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): a
// terminal that lays out bidirectional text shows what follows them reversed, so a file name or a
// quote could read as something it is not ("Trojan Source").
const control = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g

/** `\x1B` for a character of one byte, `\u202E` for the rest. */
function visible(character: string): string {
  const code = character.charCodeAt(0)
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase()}`
}

/**
 * Make document text safe to print to a terminal or a log: each control character except tab and
 * line feed, and each bidirectional override, becomes a visible `\x1B`- or `\u202E`-style escape, so
 * a response cannot colour, clear or move the terminal, plant a hyperlink, or reverse what is shown,
 * through the report of its own text.
 *
 * @example
 *   escapeControl('a\u001B[2Jb') // 'a\\x1B[2Jb'
 *   escapeControl('a\u202Eb') // 'a\\u202Eb'
 */
export function escapeControl(text: string): string {
  return text.replace(control, visible)
}

// What `JSON.stringify` leaves raw inside strings that a terminal acts on: DEL, the C1 controls and
// the bidirectional overrides (it escapes C0 already). JSON has none of them outside strings.
const rawInJson = /[\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g

/**
 * `JSON.stringify(value, null, space)` with every control character and bidirectional override
 * escaped (`\u009b`, `\u202e`), so JSON, JSON lines and SARIF piped to a terminal cannot act on it;
 * `JSON.parse` reads back the same value.
 *
 * @example
 *   stringifyEscaped({text: 'a\u009B2Jb'}, 0) // '{"text":"a\\u009b2Jb"}'
 */
export function stringifyEscaped(value: unknown, space = 2): string {
  return JSON.stringify(value, null, space).replace(rawInJson, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
