import type {ResponseDraft} from './draft-response.js'
import {inlineText} from './placeholder.js'

/**
 * The draft as Markdown: parts numbered "1.", groups "1.1.", findings as level-4 headings, the
 * findings' text as block quotes.
 *
 * @example draftToMarkdown(draftResponse(report, {body: 'warwickshire'})).split('\n')[0] // '# Response to HMICFRS report: …'
 */
export function draftToMarkdown(draft: ResponseDraft): string {
  let part = 0
  let group = 0
  const lines = draft.blocks.map((block) => {
    switch (block.type) {
      case 'title':
        return `# ${block.text}`
      case 'heading':
        if (block.level === 'part') {
          part++
          group = 0
          return `## ${part}. ${block.text}`
        }
        if (block.level === 'group') return `### ${part}.${++group}. ${block.text}`
        return `#### ${block.text}`
      case 'quote':
        return `> ${block.text}`
      case 'paragraph':
        return inlineText(block.content)
    }
  })
  return `${lines.join('\n\n')}\n`
}
