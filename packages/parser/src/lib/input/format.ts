/** The three shapes report and response text arrives in. */
export type InputFormat = 'markdown' | 'text' | 'html'

export const inputFormats: readonly InputFormat[] = ['markdown', 'text', 'html']

const extensionFormats: Readonly<Record<string, InputFormat>> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdown': 'markdown',
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html'
}

/** How much of the start of a document is looked at to guess its format. */
const sniffLength = 65_536

const htmlStart = /^\s*<(?:!doctype\s+html|html|head|body|main|article|section|div|p|h[1-6]|ul|ol|table)[\s>]/i
// One Markdown construct is enough: an ATX heading, a link, emphasis with `**`, or a code fence.
const markdownConstruct = /^#{1,6}[ \t]+\S|\]\([^()\s]{1,2000}\)|\*\*\S|^```/m

/**
 * The format a file name implies (`.md`, `.markdown`, `.txt`, `.html`, `.htm`), if any.
 *
 * @example formatFromExtension('.htm') // 'html'
 */
export function formatFromExtension(extname: string | undefined): InputFormat | undefined {
  return extname ? extensionFormats[extname.toLowerCase()] : undefined
}

/**
 * Guess the format of a document from its text: HTML if it starts with a tag, Markdown if it uses
 * a Markdown construct, otherwise plain text (text copied from web pages and PDFs).
 *
 * @example sniffFormat('# PEEL 2023-25\n\nCause of concern') // 'markdown'
 * @example sniffFormat('Areas for improvement\n• The force should…') // 'text'
 */
export function sniffFormat(text: string): InputFormat {
  const sample = text.slice(0, sniffLength)
  if (htmlStart.test(sample)) return 'html'
  return markdownConstruct.test(sample) ? 'markdown' : 'text'
}
