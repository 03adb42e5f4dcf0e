import type {ReaderFactory} from '../context.js'
import {isoDay} from '../../text.js'
import {isDateLine} from '../title.js'

const publishedOn = /^(?:first )?published(?: on)?:?\s+(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\s+(\d{4})$/i
const maxPublishedLength = 48

/** "Published on: 12 March 2025", as a heading or a line: the publication date (the first wins). */
export const publication: ReaderFactory = () => {
  const read = (text: string, published: (iso: string) => void): boolean => {
    if (text.length > maxPublishedLength) return false
    const match = publishedOn.exec(text.trim())
    if (!match) return false
    const iso = isoDay(match[1]!, match[2]!, match[3]!)
    if (iso) published(iso)
    return true
  }
  return {
    enter: {
      // A page's date line read as a heading ("28 Jul 2022") opens no section: what follows is the page's lead.
      heading: (block, context) => read(block.text, context.published) || isDateLine(block.text.trim()),
      paragraph(block, context) {
        // A line that is only the date: read, and still offered to the other readers.
        read(block.text, context.published)
      }
    }
  }
}
