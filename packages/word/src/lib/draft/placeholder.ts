/**
 * A placeholder in a draft: `[Insert <what to add>]`. The linter's `placeholders-filled` rule
 * reports every one left, so the wording after "Insert" is what its message says is expected.
 */
export interface Placeholder {
  placeholder: string
}

/** A run of a paragraph: plain text, or a placeholder for the author to replace. */
export type Inline = string | Placeholder

/**
 * The placeholder for `what`, as it appears in the text.
 *
 * @example placeholderText({placeholder: 'the date of the invitation'}) // '[Insert the date of the invitation]'
 */
export function placeholderText(inline: Placeholder): string {
  return `[Insert ${inline.placeholder}]`
}
