import type {SourceSpan} from '@scrutiny/schema'
import {ruleSpecs} from '../messages.js'
import {defineRule} from '../rule.js'
import type {RuleContext} from '../rule.js'

// "[Insert the date of the response]": what `scrutiny draft` leaves for the author to write. The
// description is one bounded run without brackets or line breaks, so matching is linear.
const placeholder = /\[Insert ([^[\]\n]{1,300})\]/g
// The same without the global flag, so testing for one leaves no `lastIndex` behind.
const anyPlaceholder = new RegExp(placeholder.source)

/** The text the placeholders are looked for in: the source file, else the parts the parser found. */
function draftText({file, response}: RuleContext): {text: string; positioned: boolean} {
  if (typeof file?.value === 'string') return {text: file.value, positioned: true}
  const parts = [response.lpbComments, response.chiefOfficerComments, response.responseToChiefOfficer]
  return {text: parts.map((part) => part?.text ?? '').join('\n'), positioned: false}
}

/**
 * Whether the response still has a placeholder of `scrutiny draft` in it. Rules about something a
 * placeholder stands for (a date, a signature, the answer to a finding) stay silent on such a
 * draft, so each gap is reported once, as the placeholder this rule names.
 */
export function hasPlaceholders(context: RuleContext): boolean {
  return anyPlaceholder.test(draftText(context).text)
}

/** Line and column (from 1) of each offset, in one pass over the text. */
function spansOf(text: string, ranges: Array<[number, number]>): SourceSpan[] {
  const points = ranges.flat()
  const result: Array<{line: number; column: number; offset: number}> = []
  let line = 1
  let lineStart = 0
  let at = 0
  for (const offset of points) {
    for (; at < offset; at++) {
      if (text.charCodeAt(at) === 10) {
        line++
        lineStart = at + 1
      }
    }
    result.push({line, column: offset - lineStart + 1, offset})
  }
  return ranges.map((_, index) => ({start: result[index * 2]!, end: result[index * 2 + 1]!}))
}

/**
 * No placeholder of a draft is left: `scrutiny draft` writes `[Insert …]` wherever the author must
 * add something (the body's comments, the chief officer's comments, the answer to each finding,
 * the dates, the signature), and each one left is reported where it stands, with what to add.
 * While any is left, the rules about dates, the signature, the link to the report and the answers to
 * findings wait for it.
 *
 * Statute: Police Act 1996 s.55(5), the body "shall arrange for (a) its comments, (b) any comments
 * submitted by the chief officer … and (c) any response … to be published": a placeholder is not
 * yet any of these. Error in both presets.
 *
 * @example
 *   {"valid": true}
 *
 *   Police and Crime Commissioner's comments
 *
 *   I welcome this report and will monitor the force's progress at my accountability board.
 *
 * @example
 *   {"valid": false, "reason": "Unexpected placeholder “[Insert the Police and Crime Commissioner’s comments on the report]”, expected the Police and Crime Commissioner’s comments on the report"}
 *
 *   Police and Crime Commissioner's comments
 *
 *   [Insert the Police and Crime Commissioner’s comments on the report]
 */
export const placeholdersFilled = defineRule({
  id: 'placeholders-filled',
  ...ruleSpecs['placeholders-filled'],
  check(context) {
    const {text, positioned} = draftText(context)
    const found = [...text.matchAll(placeholder)]
    // An absence: no passage meets it (as none meets no-s55-exclusion-claim's `none`).
    if (found.length === 0) return [{message: 'filled' as const}]
    const spans = positioned
      ? spansOf(
          text,
          found.map((match) => [match.index, match.index + match[0].length])
        )
      : []
    return found.map((match, index) => ({
      message: 'unfilled' as const,
      values: {placeholder: match[0], expected: match[1]!},
      expected: [match[1]!],
      actual: match[0],
      ...(spans[index] ? {place: spans[index]} : {})
    }))
  }
})
