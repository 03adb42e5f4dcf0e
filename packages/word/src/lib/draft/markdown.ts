import type {ResponseDraft} from './draft-response.js'
import type {Inline} from './placeholder.js'
import {placeholderText} from './placeholder.js'

// Markdown would read these as emphasis, code, links or HTML, changing a finding's verbatim text.
const inlineSyntax = /[\\`*_[\]<]/g
// At the start of a block: a heading, quote or list marker.
const blockMarker = /^[#>+-]/
const orderedMarker = /^(\d{1,9})([.)])/

/** Text from the report, escaped so Markdown reads it back character for character. */
function escapeMarkdown(text: string): string {
  return text.replace(inlineSyntax, '\\$&').replace(blockMarker, '\\$&').replace(orderedMarker, '$1\\$2')
}

/** A paragraph's runs: text escaped, placeholders as they are, for the linter to find. */
function paragraphText(content: readonly Inline[]): string {
  return content.map((inline) => (typeof inline === 'string' ? escapeMarkdown(inline) : placeholderText(inline))).join('')
}

/**
 * The draft as Markdown: parts numbered "1.", "2.", "3." (as Word numbers them in the `.docx`),
 * the findings' text as block quotes.
 *
 * @example draftToMarkdown(draftResponse(report, {body: 'warwickshire'})).split('\n')[0] // '# Response to HMICFRS report: …'
 */
export function draftToMarkdown(draft: ResponseDraft): string {
  let part = 0
  const lines = draft.blocks.map((block) => {
    switch (block.type) {
      case 'title':
        return `# ${escapeMarkdown(block.text)}`
      case 'heading':
        if (block.level === 'part') return `## ${++part}. ${escapeMarkdown(block.text)}`
        return `${block.level === 'group' ? '###' : '####'} ${escapeMarkdown(block.text)}`
      case 'quote':
        return `> ${escapeMarkdown(block.text)}`
      case 'paragraph':
        return paragraphText(block.content)
    }
  })
  return `${lines.join('\n\n')}\n`
}
