import type {Root} from 'mdast'
import type {InputFormat} from '../input/format.js'
import {isPageFurniture} from '../normalise/furniture.js'
import {walkBlocks} from './blocks.js'
import type {Block} from './blocks.js'
import {findingHeadingKind} from './patterns.js'

const maxBoldHeadingLength = 64
// The trailing run is matched from its first mark only (the lookbehind), so a long run stays linear.
const emphasisMarks = /^[*_]+|(?<![*_])[*_]+$/g

/**
 * The blocks of a report as the readers see them, in document order: page furniture (web chrome such
 * as "Skip to content" or "Last updated 27/09/2019", a page or bare question number) left out, by the
 * predicate the response path uses, and a short line that only names a kind of finding ("**Area for
 * improvement**", "Recommendations") made a heading one level below the current section (`depth` left out), which is how web pages and PDFs print finding boxes.
 */
export function normaliseBlocks(tree: Root, source: string, format: InputFormat, visit: (block: Block) => void): void {
  walkBlocks(tree, source, format, (block) => {
    if (block.type !== 'row' && isPageFurniture(block.text)) return
    if (block.type === 'paragraph') {
      const text = block.text.trim()
      if (text.length <= maxBoldHeadingLength && findingHeadingKind(text.replace(emphasisMarks, ''))) {
        visit({...block, type: 'heading'})
        return
      }
    }
    visit(block)
  })
}
