import type {ResponseAddressee} from '@scrutiny/schema'
import type {Block} from './blocks.js'

// An e-mail address, its domain's parts joined by dots (or by a comma, a typing slip the genre
// prints: "homeoffice,gsi.gov.uk"). Every run is bounded, so matching stays linear.
const emailAddress = /[\w.+-]{1,64}@([\w-]{1,63}(?:[.,][\w-]{1,63}){1,6})/g
// Whom a domain reaches: the Home Office (the Secretary of State's department) or the inspectorate.
const domainKinds: Array<[RegExp, ResponseAddressee['kind']]> = [
  [/^homeoffice[.,]/i, 'secretary-of-state'],
  [/^(?:hmicfrs|hmic|justiceinspectorates)[.,]/i, 'inspectors']
]
// A block that sends the response somewhere: "Responses to be sent to …", "cc: …", "copied to …". An
// address in any other block ("contact us at …") says nothing of where the response goes.
const sending = /\b(?:sent|send(?:s|ing)?|submit(?:s|ted)?|forward(?:s|ed)?|cop(?:y|ied|ies)|cc)\b/i

/**
 * Who the response is sent to by e-mail address ("Responses to be sent to
 * sof.section55responses@homeoffice.gsi.gov.uk & PCC@hmic.gsi.gov.uk"): the Home Office's address
 * for the Secretary of State, the inspectorate's for the inspectors.
 */
export function findAddresseesByEmail(blocks: Block[], end: number): ResponseAddressee[] {
  const found: ResponseAddressee[] = []
  for (const block of blocks.slice(0, end)) {
    if (!block.text.includes('@') || !sending.test(block.text)) continue
    for (const match of block.text.matchAll(emailAddress)) {
      const kind = domainKinds.find(([domain]) => domain.test(match[1] ?? ''))?.[1]
      if (kind && !found.some((entry) => entry.kind === kind)) found.push({name: match[0], kind})
    }
  }
  return found
}
