/**
 * Word keeps list numbers out of the text: each numbered paragraph points at a numbering instance
 * (`w:numId`) and a level (`w:ilvl`), and Word counts as it lays out. mammoth drops the numbers, so
 * this module re-derives them from `word/document.xml` and `word/numbering.xml` the way Word does:
 * one counter per abstract list and level, restarted where an instance overrides its start, and
 * deeper levels reset when a shallower one advances.
 */

interface Level {
  start: number
  bullet: boolean
}

interface NumberingDefinitions {
  abstractLevels: Map<string, Map<number, Level>>
  instances: Map<string, {abstractId: string; startOverrides: Map<number, number>}>
}

/** The displayed number of each numbered paragraph, in document order (`undefined` for bullets). */
export function deriveListNumbers(documentXml: string, numberingXml: string | undefined): Array<number | undefined> {
  const definitions = readNumbering(numberingXml ?? '')
  const counters = new Map<string, Map<number, number>>()
  const usedInstances = new Set<string>()
  const numbers: Array<number | undefined> = []

  for (const {numId, level} of numberedParagraphs(documentXml)) {
    const instance = definitions.instances.get(numId)
    const abstractId = instance?.abstractId ?? `num:${numId}`
    const levels = definitions.abstractLevels.get(abstractId)
    const counter = counters.get(abstractId) ?? new Map<number, number>()
    counters.set(abstractId, counter)

    if (instance && !usedInstances.has(numId)) {
      usedInstances.add(numId)
      for (const [overridden, start] of instance.startOverrides) counter.set(overridden, start - 1)
    }
    for (const deeper of counter.keys()) if (deeper > level) counter.delete(deeper)
    const next = (counter.get(level) ?? (levels?.get(level)?.start ?? 1) - 1) + 1
    counter.set(level, next)
    numbers.push(levels?.get(level)?.bullet ? undefined : next)
  }
  return numbers
}

/**
 * `numId`/`ilvl` of every paragraph with list numbering, in document order. Each search result is
 * kept until the scan passes it, and a paragraph's properties must close before the next paragraph
 * opens, so unclosed tags cost one pass over the XML, not one per paragraph.
 */
function* numberedParagraphs(xml: string): Generator<{numId: string; level: number}> {
  const paragraphStart = /<w:p[ >]/g
  const nextParagraph = /<w:p[ >]/g
  let tagEnd = -1
  let propertiesEnd = -1
  let followingStart = -1
  let match: RegExpExecArray | null
  while ((match = paragraphStart.exec(xml))) {
    if (tagEnd < match.index) tagEnd = xml.indexOf('>', match.index)
    if (tagEnd < 0) return
    if (xml.startsWith('/>', tagEnd - 1) || !xml.startsWith('<w:pPr>', tagEnd + 1)) continue
    if (propertiesEnd < tagEnd) propertiesEnd = xml.indexOf('</w:pPr>', tagEnd)
    if (propertiesEnd < 0) return
    if (followingStart <= tagEnd) {
      nextParagraph.lastIndex = tagEnd
      followingStart = nextParagraph.exec(xml)?.index ?? xml.length
    }
    if (propertiesEnd > followingStart) continue
    const properties = xml.slice(tagEnd + 1, propertiesEnd)
    const numId = attribute(properties, '<w:numId ')
    // numId 0 switches numbering off for a paragraph whose style has it.
    if (numId === undefined || numId === '0') continue
    yield {numId, level: Number(attribute(properties, '<w:ilvl ') ?? 0)}
  }
}

function readNumbering(xml: string): NumberingDefinitions {
  const abstractLevels = new Map<string, Map<number, Level>>()
  for (const block of elements(xml, 'w:abstractNum')) {
    const id = attribute(block, '<w:abstractNum ', 'w:abstractNumId')
    if (id === undefined) continue
    const levels = new Map<number, Level>()
    for (const level of elements(block, 'w:lvl')) {
      levels.set(Number(attribute(level, '<w:lvl ', 'w:ilvl') ?? 0), {
        start: Number(attribute(level, '<w:start ') ?? 1),
        bullet: attribute(level, '<w:numFmt ') === 'bullet'
      })
    }
    abstractLevels.set(id, levels)
  }

  const instances = new Map<string, {abstractId: string; startOverrides: Map<number, number>}>()
  for (const block of elements(xml, 'w:num')) {
    const id = attribute(block, '<w:num ', 'w:numId')
    const abstractId = attribute(block, '<w:abstractNumId ')
    if (id === undefined || abstractId === undefined) continue
    const startOverrides = new Map<number, number>()
    for (const override of elements(block, 'w:lvlOverride')) {
      const start = attribute(override, '<w:startOverride ')
      if (start !== undefined) startOverrides.set(Number(attribute(override, '<w:lvlOverride ', 'w:ilvl') ?? 0), Number(start))
    }
    instances.set(id, {abstractId, startOverrides})
  }
  return {abstractLevels, instances}
}

/** The source of each `<name …>…</name>` element (not nested in itself), found with indexOf. */
function* elements(xml: string, name: string): Generator<string> {
  const open = `<${name} `
  const close = `</${name}>`
  let from = 0
  for (;;) {
    const start = xml.indexOf(open, from)
    if (start < 0) return
    const end = xml.indexOf(close, start)
    if (end < 0) return
    yield xml.slice(start, end + close.length)
    from = end + close.length
  }
}

/** The value of `attributeName` (default `w:val`) on the first tag starting `tagStart`. */
function attribute(xml: string, tagStart: string, attributeName = 'w:val'): string | undefined {
  const start = xml.indexOf(tagStart)
  if (start < 0) return undefined
  const tagEnd = xml.indexOf('>', start)
  const tag = xml.slice(start, tagEnd < 0 ? undefined : tagEnd)
  const key = `${attributeName}="`
  const at = tag.indexOf(key)
  if (at < 0) return undefined
  const valueEnd = tag.indexOf('"', at + key.length)
  return valueEnd < 0 ? undefined : tag.slice(at + key.length, valueEnd)
}
