import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'

// Metamorphic invariance: the same page in another typography (curly or straight quotes, dashes,
// no-break and thin spaces, CRLF, "judgment", capitalised grade words, upper-case headings, PEEL
// years, trailing spaces, doubled blank lines, bullet markers) reads the same. The rewrites and the
// folding of quotes are `scripts/lib/typography.mjs`, which `node scripts/diff-typography.mjs` runs
// over every tuned report; here a fixed sample of tuned reports of several families pins it.
// Loaded by URL: the scripts are plain JavaScript outside the TypeScript project.
const {transformations, typographyReading} = await import(new URL('../../../scripts/lib/typography.mjs', import.meta.url).href)
const {listFixtures} = await import(new URL('../../../scripts/eval-reports.mjs', import.meta.url).href)
type Fixture = {name: string; set: string; text: string; options: Record<string, unknown>}

const sample = [
  'accelerated-coc-nottinghamshire-2024-03.txt',
  'coc-revisit-nottinghamshire-2025-04.txt',
  'coc-revisit-warwickshire-frs-2022-04.txt',
  'frs-2018-cornwall.txt',
  'peel-2016-essex-effectiveness.txt'
]
const documents = (listFixtures() as Fixture[]).filter((fixture) => fixture.set === 'tuned' && sample.includes(fixture.name))
const rewrites = Object.entries(transformations as Record<string, (text: string) => string>)

describe('typography: a rewritten copy of a tuned report reads as the report does', () => {
  it('reads the whole sample', () => {
    expect(documents.map((document) => document.name)).toEqual(sample)
  })

  for (const [name, transform] of rewrites) {
    it(name, () => {
      for (const document of documents) {
        const original: string[] = typographyReading(parseReport, document.text, document.options)
        expect(original.length, document.name).toBeGreaterThan(0)
        expect(typographyReading(parseReport, transform(document.text), document.options), `${document.name}, ${name}`).toEqual(original)
      }
    })
  }
})

describe('typography: spaces other than the plain one', () => {
  it('reads a bullet followed by a thin space as an item, and a no-break space inside a finding as a space, quoting it as printed', () => {
    const text = 'Cleveland Police\n\nAreas for improvement\n\n•\u2009The force should\u00A0improve how it records crime.\n'
    const {report} = parseReport(text, {title: 'PEEL 2023–25: An inspection of Cleveland Police'})
    expect(report.findings.map((finding) => [finding.kind, finding.text])).toEqual([['area-for-improvement', 'The force should\u00A0improve how it records crime.']])
    const {start, end} = report.findings[0]!.position
    expect(text.slice(start.offset, end.offset)).toBe('The force should\u00A0improve how it records crime.')
  })

  it('reads an item number followed by a no-break or thin space as the number of an item', () => {
    const text = 'Cleveland Police\n\nRecommendations\n\n1.\u00A0By June 2025, the force should review how it records crime.\n2.\u2009By June 2025, the force should train its call handlers.\n'
    const {report} = parseReport(text, {title: 'PEEL 2023–25: An inspection of Cleveland Police'})
    expect(report.findings.map((finding) => [finding.kind, finding.number ?? null, finding.text])).toEqual([
      ['recommendation', '1', 'By June 2025, the force should review how it records crime.'],
      ['recommendation', '2', 'By June 2025, the force should train its call handlers.']
    ])
  })
})

describe('typography: grade sentences', () => {
  const grades = (text: string, title: string) => parseReport(text, {title}).report.grades.map((grade) => [grade.subject, grade.area, grade.grade])

  it('reads grade words capitalised mid-sentence as in lower case, each "and Good at" its own area', () => {
    const text = 'Wiltshire Police\n\nWiltshire Police is Good at ensuring its workforce behaves ethically and lawfully and Good at treating its workforce with fairness and respect.\n'
    expect(grades(text, 'PEEL 2017: Legitimacy – An inspection of Wiltshire Police')).toEqual([
      ['Wiltshire Police', 'ensuring its workforce behaves ethically and lawfully', 'good'],
      ['Wiltshire Police', 'treating its workforce with fairness and respect', 'good']
    ])
  })

  it('ends a graded area at a dash typed as a hyphen between spaces', () => {
    const text = 'Essex County Fire and Rescue Service\n\nThe service is good at understanding fires and other risks - results of our latest HMICFRS report are below.\n'
    expect(grades(text, 'Fire and rescue services 2021/22: Essex County Fire and Rescue Service')).toEqual([
      ['Essex County Fire and Rescue Service', 'understanding fires and other risks', 'good']
    ])
  })
})

describe('typography: graded areas', () => {
  const grades = (text: string, title: string) => parseReport(text, {title}).report.grades.map((grade) => [grade.subject, grade.area, grade.grade])

  it('drops an aside between dashes typed as hyphens ("- that is, … -")', () => {
    const text = 'North Yorkshire Fire and Rescue Service\n\nThe efficiency of the service - that is, how it uses its resources - was found to be inadequate.\n'
    expect(grades(text, 'Fire and rescue services 2021/22: North Yorkshire Fire and Rescue Service')).toEqual([['North Yorkshire Fire and Rescue Service', 'efficiency', 'inadequate']])
  })

  it('ends a graded area at the next judgement of a list (", good at …"), in lower case as with a capital', () => {
    const text =
      'Derbyshire Constabulary\n\nIn terms of its effectiveness, in general, the force is good at reducing crime and preventing offending, good at investigating offending and good at tackling anti-social behaviour.\n'
    const expected = [
      ['Derbyshire Constabulary', 'reducing crime and preventing offending', 'good'],
      // The judgement after the comma continues the list, of the same subject.
      ['Derbyshire Constabulary', 'investigating offending', 'good'],
      ['Derbyshire Constabulary', 'tackling anti-social behaviour', 'good']
    ]
    const title = 'PEEL: Police effectiveness 2014 – An inspection of Derbyshire Constabulary'
    expect(grades(text, title)).toEqual(expected)
    expect(grades(text.replace(', good at', ', Good at'), title)).toEqual(expected)
  })
})
