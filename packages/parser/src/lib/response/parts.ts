import type {PartKind, ResponsePart} from '@scrutiny/schema'
import type {Block} from './blocks.js'
import {spanOf, textOf} from './blocks.js'
import {bodyTitle, firstPerson, footnote, pageChrome, sectionNumberPrefix, valediction} from './patterns.js'

const bodyName = String.raw`(?:the )?(?:local policing body|(?:police(?:,)? (?:fire )?(?:and )?crime )?commissioner|pcc|pfcc|mopac|mayor)`
const responseLabel = new RegExp(
  String.raw`^(?:comments? (?:from|of|by) ${bodyName}\b.{0,40}\bon the\b|${bodyName}['’]?s? response to the (?:chief|cc)|response to the (?:chief (?:constable|officer)|cc)['’]?s? comments)`,
  'i'
)
const lpbLabel = new RegExp(
  String.raw`^(?:${bodyName}['’]?s? (?:comments|response)\b(?! to\b)|comments (?:from|of|by) ${bodyName}\b)`,
  'i'
)
const chiefLabel =
  /^(?:[a-z]{1,20} )?(?:(?:chief constable|chief officer|commissioner of police)['’]?s? (?:comments|response|view)|comments (?:from|of|by) the (?:chief constable|chief officer|commissioner of police|force)\b|force['’]?s? response)/i
const attribution =
  /\b(?:chief constable|chief officer|commissioner of police)(?:['’]?s)?\b.{0,80}(?:stated|said|says|responded|commented|as follows|response (?:is|was))[ \t]*:[ \t\u2013-]*$/i
const relayed =
  /\b(?:I am|I have been|I was|we are|we have been) (?:advised|informed|told|assured) by the chief constable\b|\bthe chief constable (?:has )?(?:advised|informed|assured) me\b/i
const chiefSignature =
  /^[\p{Lu}][\p{L}.'’ -]{1,60},[ \t]+(?:(?:temporary|acting|deputy) )?(?:chief constable|commissioner of police)\b/iu
const bodySignature = new RegExp(String.raw`^[\p{Lu}][\p{L}.'’ -]{1,60},[ \t]+.{0,40}${bodyTitle.source}`, 'u')

/** The label a short block gives the part it opens, if any. */
export function partLabel(text: string): PartKind | undefined {
  if (text.length > 120) return undefined
  const label = text.replace(sectionNumberPrefix, '').trim()
  if (responseLabel.test(label)) return 'response-to-chief-officer'
  if (chiefLabel.test(label)) return 'chief-officer-comments'
  if (lpbLabel.test(label)) return 'lpb-comments'
  return undefined
}

export function isChrome(block: Block): boolean {
  return pageChrome.test(block.text.trim())
}

interface Open {
  kind: PartKind
  from: number
  detectedBy: ResponsePart['detectedBy']
  heading?: string
}

export interface Segmentation {
  parts: Partial<Record<PartKind, ResponsePart>>
  /** Index of each block's part, for finding answers. */
  partOf: Array<PartKind | undefined>
  /** Index just after the last block of body text (before the valediction, signature and footnotes). */
  end: number
}

/**
 * Split the response into the three parts of s.55(5): by labelled headings ("Comments from the Chief
 * Constable"), by attributed blocks ("… he has stated:"), by signature blocks ("Gavin Stephens, Chief
 * Constable of Surrey Police"), and otherwise by the body's first-person voice.
 */
export function segment(blocks: Block[], source: string, verbatim: boolean): Segmentation {
  let end = blocks.length
  const closing = blocks.findIndex((block) => valediction.test(block.text.trim()))
  if (closing !== -1) end = closing
  while (end > 0 && footnote.test(blocks[end - 1]!.text.trim())) end--

  const ranges: Array<Open & {to: number}> = []
  let open: Open | undefined
  const close = (to: number) => {
    if (open && to >= open.from) ranges.push({...open, to})
    open = undefined
  }
  const firstVoice = (from: number, to: number) => {
    for (let index = from; index < to; index++) {
      const block = blocks[index]!
      if (!isChrome(block) && firstPerson.test(block.text)) return index
    }
    return -1
  }

  for (let index = 0; index < end; index++) {
    const block = blocks[index]!
    const text = block.text.trim()
    if (isChrome(block)) continue
    if (attribution.test(text) && open?.kind !== 'chief-officer-comments') {
      if (!open) {
        const voice = firstVoice(0, index + 1)
        if (voice !== -1) open = {kind: 'lpb-comments', from: voice, detectedBy: 'voice'}
      }
      close(index)
      open = {kind: 'chief-officer-comments', from: index + 1, detectedBy: 'attribution', heading: text}
      continue
    }
    const label = partLabel(text)
    if (label) {
      if (!open && label !== 'lpb-comments' && !ranges.some((range) => range.kind === 'lpb-comments')) {
        const voice = firstVoice(0, index)
        if (voice !== -1) ranges.push({kind: 'lpb-comments', from: voice, to: index - 1, detectedBy: 'voice'})
      }
      // A labelled part replaces the same part guessed from the voice of the opening lines.
      if (open?.kind === label && open.detectedBy === 'voice') open = undefined
      close(index - 1)
      open = {kind: label, from: index, detectedBy: 'heading', heading: text}
      continue
    }
    if (open?.kind === 'chief-officer-comments' && chiefSignature.test(text)) {
      close(index)
      continue
    }
    if (
      open?.kind === 'chief-officer-comments' &&
      open.detectedBy === 'attribution' &&
      index > open.from &&
      /\bthe chief constable\b/i.test(text) &&
      firstPerson.test(text)
    ) {
      close(index - 1)
      open = {kind: 'response-to-chief-officer', from: index, detectedBy: 'voice'}
      continue
    }
    if (!open && ranges.some((range) => range.kind === 'chief-officer-comments') && firstPerson.test(text)) {
      open = {kind: 'response-to-chief-officer', from: index, detectedBy: 'voice'}
      continue
    }
    if (!open && ranges.length === 0 && firstPerson.test(text)) {
      open = {kind: 'lpb-comments', from: index, detectedBy: 'voice'}
    }
  }
  // A trailing signature of the body ("David Munro, Surrey Police and Crime Commissioner") is not text.
  let last = end - 1
  while (last >= 0 && (bodySignature.test(blocks[last]!.text.trim()) || isChrome(blocks[last]!))) last--
  close(Math.min(last, end - 1))

  const parts: Segmentation['parts'] = {}
  const partOf: Segmentation['partOf'] = blocks.map(() => undefined)
  for (const range of ranges) {
    if (parts[range.kind] || range.to < range.from) continue
    const first = blocks[range.from]!
    const lastBlock = blocks[range.to]!
    parts[range.kind] = {
      ...(range.heading ? {heading: range.heading} : {}),
      detectedBy: range.detectedBy,
      text: textOf(source, first, lastBlock, verbatim, blocks),
      position: spanOf(first, lastBlock)
    }
    for (let index = range.from; index <= range.to; index++) partOf[index] = range.kind
  }
  if (!parts['chief-officer-comments']) {
    const index = blocks.findIndex((block, at) => at < end && relayed.test(block.text))
    if (index !== -1) {
      const block = blocks[index]!
      parts['chief-officer-comments'] = {detectedBy: 'attribution', text: block.text, position: block.position}
    }
  }
  return {parts, partOf, end}
}
