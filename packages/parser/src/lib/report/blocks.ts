import type {Root} from 'mdast'
import type {InputFormat} from '../input/format.js'
import {normaliseBlocks} from '../normalise/blocks.js'
import type {Block} from '../normalise/blocks.js'
import {findingHeadingKind} from './patterns.js'

export type {Block} from '../normalise/blocks.js'

const namesFindingBox = (words: string): boolean => findingHeadingKind(words) !== undefined

/**
 * The blocks of a report as the readers see them, in document order: the normalising step's, page
 * furniture (web chrome such as "Skip to content", a page or bare question number) left out, so a
 * finding is filed under the page's title, not under "Print this document", and a short line that
 * only names a kind of finding ("**Area for improvement**", "Recommendations") a heading line, which
 * is how web pages and PDFs print finding boxes.
 */
export function reportBlocks(tree: Root, source: string, format: InputFormat, visit: (block: Block) => void): void {
  normaliseBlocks(tree, source, {sliceable: format !== 'html', headingNames: namesFindingBox, wrapsAsSpaces: format === 'text'}, (block) => {
    if (!block.furniture) visit(block)
  })
}
