import type {FindingKind} from '@scrutiny/schema'
import type {ReaderFactory} from '../context.js'
import {readDemand} from '../demands.js'

// "Recommendation 1: By March 2022, chief constables should …", "**Area for improvement 3** – The
// force should …": a numbered label and the finding on one line.
const inlineLabel = /^[*_]{0,2}(area for improvement|recommendation) (\d{1,3})[*_]{0,2}(?:\s*[:.–—-][*_]{0,2}|\s*[*_]{1,2})?\s+(?=[\p{Lu}‘“"'])/iu
const kinds: Readonly<Record<string, FindingKind>> = {'area for improvement': 'area-for-improvement', recommendation: 'recommendation'}
const minFindingLength = 20
// Most paragraphs start with neither word: a one-character look before the full pattern.
const mayBeLabel = /^[*_]{0,2}[ar]/i

/** A finding printed after its numbered label on the same line, as thematic and PEEL summaries print them. */
export const labelledFindings: ReaderFactory = () => ({
  enter: {
    paragraph(block, context) {
      const label = mayBeLabel.test(block.text) ? inlineLabel.exec(block.text.slice(0, 64)) : null
      if (!label) return false
      const text = block.text.slice(label[0].length).trim()
      if (text.length < minFindingLength) return false
      const start = block.text.indexOf(text, label[0].length)
      const kind = kinds[label[1]!.toLowerCase()]!
      // "Recommendation 2: By 31 March 2022, the College of Policing should …": who and by when.
      const demand = kind === 'recommendation' ? readDemand(text, context.subject) : undefined
      context.finding(kind, text, context.spanPosition(block, start, start + text.length), {number: label[2]!, ...(demand ? {demand} : {})})
      return true
    }
  }
})
