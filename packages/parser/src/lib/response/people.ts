import {findForce} from '@scrutiny/schema'
import {normaliseName} from '@scrutiny/schema/internal'
import type {ChiefOfficer, LocalPolicingBodyKind, Respondent} from '@scrutiny/schema'
import type {Block} from './blocks.js'
import {dateLine} from './dates.js'
import {bodyTitle, chiefTitle, valediction} from './patterns.js'

const area = String.raw`(?:the )?[\p{Lu}][\p{L}'’]*(?:[ -](?:and |& |of |the )?[\p{Lu}][\p{L}'’]*){0,4}`
// "As the Police and Crime Commissioner for Warwickshire", "the Police, Fire and Crime Commissioner for Essex".
const titleForArea = new RegExp(String.raw`(${bodyTitle.source.slice(2, -2)}) for (${area})`, 'gu')
// "Surrey Police and Crime Commissioner", "Hertfordshire’s PCC". The name starts a word (the
// lookbehind): tried from inside a long run of letters, it would rescan the run from each of them.
const areaBeforeTitle = new RegExp(String.raw`(?<![\p{L}'’])(${area})(?:['’]s)? (Police and Crime Commissioner|Police, Fire and Crime Commissioner|PCC|PFCC)\b`, 'gu')
// A word every title of the two patterns above holds: the blocks without one (most) are not scanned
// with them, which tries a name at every capital letter.
const namesTitle = /Commissioner|Mayor|PCC|PFCC|MOPAC/
const chiefByName = /\bChief Constable ([\p{Lu}][\p{L}'’-]{1,30})(?![\p{L}])/u
const chiefSigned = /^([\p{Lu}][\p{L}.'’ -]{1,60}),[ \t]+((?:(?:Temporary|Acting|Deputy) )?Chief Constable)(?: of ([^.,\n]{2,60}))?/u

/** The kind of local policing body a title names. */
export function kindOf(title: string): LocalPolicingBodyKind {
  const lower = title.toLowerCase()
  if (lower.includes('fire') || lower === 'pfcc') return 'pfcc'
  if (lower.includes('mayor') || lower === 'mopac') return lower.includes('office') || lower === 'mopac' ? 'mopac' : 'mayor'
  return 'pcc'
}

interface Candidate {
  name: string
  forceId?: string
  kind: LocalPolicingBodyKind
  weight: number
}

function resolve(name: string, lookup: string, weight: number, asAt: string | undefined, title: string): Candidate {
  const force = findForce(lookup, asAt)
  return {
    name,
    kind: force?.localPolicingBody.kind ?? kindOf(title),
    ...(force ? {forceId: force.id} : {}),
    weight
  }
}

/**
 * The responding body and who signs for it: "As the Police and Crime Commissioner for Warwickshire"
 * outranks a bare title, the signature block names the signatory.
 */
export function findRespondent(blocks: Block[], end: number, asAt: string | undefined): Respondent | undefined {
  const candidates: Candidate[] = []
  blocks.forEach((block, index) => {
    if (!namesTitle.test(block.text)) return
    for (const match of block.text.matchAll(titleForArea)) {
      const name = `${match[1]} for ${match[2]}`
      const first = /\b(?:As|I,?) (?:the )?$/.test(block.text.slice(Math.max(0, (match.index ?? 0) - 8), match.index))
      candidates.push(resolve(name, name, (first ? 3 : 1) - index / 10_000, asAt, match[1] ?? ''))
    }
    for (const match of block.text.matchAll(areaBeforeTitle)) {
      const place = match[1] ?? ''
      if (!findForce(place, asAt)) continue
      candidates.push(resolve(`${place} ${match[2]}`, place, 0.5 - index / 10_000, asAt, match[2] ?? ''))
    }
  })
  const resolved = candidates.filter((candidate) => candidate.forceId !== undefined)
  const best = [...(resolved.length > 0 ? resolved : candidates)].sort((a, b) => b.weight - a.weight)[0]
  const signatory = findSignatory(blocks, end)
  if (!best) {
    if (!signatory?.role) return undefined
    return {name: signatory.role, kind: kindOf(signatory.role), signatory}
  }
  return {
    name: best.name,
    kind: best.kind,
    ...(best.forceId ? {forceId: best.forceId} : {}),
    ...(signatory ? {signatory} : {})
  }
}

// A signature's name line: two to five capitalised words ("Marc Jones", "Philip Seccombe TD").
const personName =
  /^(?:(?:Rt\.? Hon\.?|Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Baroness) )?[\p{Lu}][\p{L}'’.-]*(?:[ \t]+[\p{Lu}][\p{L}'’.-]*){1,4}$/u
const notAName = /\b(?:Police|Constabulary|Office|Comments?|Response|Report|Inspection|HMICFRS|HMIC|Dear|Yours)\b/i
const commaSignature = /^([\p{Lu}][\p{L}.'’ -]{1,60}),[ \t]+(.{3,80}?)$/u

function isName(line: string): boolean {
  return line.length <= 60 && personName.test(line) && !bodyTitle.test(line) && !chiefTitle.test(line) && !notAName.test(line)
}

function isRole(line: string): boolean {
  return line.length <= 100 && bodyTitle.test(line) && !/[.!?;:]$/.test(line)
}

function lines(block: Block | undefined): string[] {
  return (block?.text ?? '')
    .split('\n')
    .map((line) => line.trim().replace(/^[*_]{1,2}|[*_]{1,2}$/g, '').trim())
    .filter((line) => line !== '')
}

/**
 * The body's signature starting at block `index`: "Name, Title", or a name line with the body's title on
 * the next line or in the next block ("Marc Jones" / "Police and Crime Commissioner for Lincolnshire"),
 * date lines allowed under it. `blocks` is how many blocks it takes.
 */
export function signatureAt(blocks: Block[], index: number): {name: string; role: string; blocks: number} | undefined {
  const [first, second, ...rest] = lines(blocks[index])
  if (first === undefined) return undefined
  const comma = commaSignature.exec(first)
  if (comma && bodyTitle.test(comma[2] ?? '') && [second, ...rest].every((line) => line === undefined || dateLine(line))) {
    return {name: comma[1] ?? '', role: comma[2] ?? '', blocks: 1}
  }
  if (!isName(first)) return undefined
  if (second !== undefined) {
    return isRole(second) && rest.every((line) => dateLine(line)) ? {name: first, role: second, blocks: 1} : undefined
  }
  const next = lines(blocks[index + 1])
  if (next.length > 0 && isRole(next[0] ?? '') && next.slice(1).every((line) => dateLine(line))) {
    return {name: first, role: next[0] ?? '', blocks: 2}
  }
  return undefined
}

/**
 * Where the body text ends before a closing signature and the date lines under it (`end` when there is
 * none): "Marc Jones / Police and Crime Commissioner for Lincolnshire / 1 May 2025" is not text.
 */
export function beforeSignature(blocks: Block[], end: number): number {
  let tail = end
  while (tail > 0 && lines(blocks[tail - 1]).every((line) => dateLine(line))) tail--
  for (const start of [tail - 1, tail - 2]) {
    const signature = start >= 0 ? signatureAt(blocks, start) : undefined
    if (signature && start + signature.blocks === tail) return start
  }
  return tail
}

/** The name and role under the valediction, or a "Name, Title" line naming a body's title. */
function findSignatory(blocks: Block[], end: number): Respondent['signatory'] {
  const tail = blocks.slice(end).map((block) => block.text.trim())
  if (tail.length > 0 && valediction.test(tail[0] ?? '')) {
    const signature = signatureAt(blocks, end + 1)
    if (signature) return {name: signature.name, role: signature.role}
    const [name, role] = tail.slice(1)
    if (name && name.length <= 60 && !/\d/.test(name)) {
      return {name, ...(role && bodyTitle.test(role) && role.length <= 80 ? {role} : {})}
    }
  }
  for (const text of blocks.slice(Math.max(0, end - 2)).map((block) => block.text.trim())) {
    const match = /^([\p{Lu}][\p{L}.'’ -]{1,60}),[ \t]+(.{0,40}?)$/u.exec(text)
    if (match && bodyTitle.test(match[2] ?? '')) return {name: match[1] ?? '', role: match[2] ?? ''}
  }
  // A closing signature block without a valediction.
  for (let index = end; index < Math.min(blocks.length, end + 3); index++) {
    const signature = signatureAt(blocks, index)
    if (signature) return {name: signature.name, role: signature.role}
  }
  // "Response by Roger Hirst, Police, Fire and Crime Commissioner:"
  for (const block of blocks.slice(0, end)) {
    const match = /^Response (?:by|from) ([\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+){0,3}),[ \t]+(.{3,60}?):?$/u.exec(block.text.trim())
    if (match && bodyTitle.test(match[2] ?? '')) return {name: match[1] ?? '', role: match[2] ?? ''}
  }
  return undefined
}

/** The chief officer, from a signature ("Gavin Stephens, Chief Constable of Surrey Police") or "Chief Constable Tedds". */
export function findChiefOfficer(blocks: Block[], forceId: string | undefined): ChiefOfficer | undefined {
  for (const block of blocks) {
    const match = chiefSigned.exec(block.text.trim())
    if (match) {
      const force = match[3] ? findForce(match[3]) : undefined
      const id = force?.id ?? forceId
      return {name: match[1] ?? '', role: match[2] ?? '', ...(id ? {forceId: id} : {})}
    }
  }
  for (const block of blocks) {
    const match = chiefByName.exec(block.text)
    if (match && !/^(?:and|has|of|in|to|the|for|is|was|who|that)$/i.test(normaliseName(match[1] ?? ''))) {
      return {name: match[1] ?? '', role: 'Chief Constable', ...(forceId ? {forceId} : {})}
    }
  }
  return undefined
}
