import type {ResponseDraft} from './draft-response.js'
import {inlineText} from './placeholder.js'

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
        return `# ${block.text}`
      case 'heading':
        if (block.level === 'part') return `## ${++part}. ${block.text}`
        return `${block.level === 'group' ? '###' : '####'} ${block.text}`
      case 'quote':
        return `> ${block.text}`
      case 'paragraph':
        return inlineText(block.content)
    }
  })
  return `${lines.join('\n\n')}\n`
}
