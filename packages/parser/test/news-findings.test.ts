import type {Finding} from '@scrutiny/schema'
import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'
import {corpus} from './reading.js'

// Worded findings as pages other than the report state them (news articles, registers, minutes,
// service pages), in the forms of the thirty-sixth to thirty-eighth sets: each form with the trap
// that looks like it.

const read = (name: string) => parseReport(corpus(name).text, {format: 'text'}).report
const parse = (text: string) => parseReport(text, {format: 'text'}).report
const ofKind = (findings: readonly Finding[], kind: Finding['kind']) => findings.filter((finding) => finding.kind === kind).map((finding) => finding.text)

describe('recommendations reported by a news item or listed by a register', () => {
  it('reads the items after "HMIC recommends that:", a deadline opening each', () => {
    expect(ofKind(read('coc-register-vetting-peel-legitimacy-2016-west-midlands').findings, 'recommendation')).toEqual([
      'Within six months, all forces not already complying with current national vetting policy should have started to implement a sufficient plan to do so.',
      'Within two years, all members of the police workforce should have received at least the lowest level of vetting clearance for their roles.'
    ])
  })

  it('reads "HMICFRS has recommended that …" and the next sentence saying who else should act', () => {
    const recommendations = read('frs-2018-19-tranche-2-lgafirst-recommendations').findings.filter((finding) => finding.kind === 'recommendation')
    expect(recommendations.map((finding) => finding.text)).toEqual([
      'common definitions, standards and applications are adopted in four priority areas, including identifying and measuring emergency response times, defining high-risk premises for fire protection purposes, and setting how frequently those buildings are checked.',
      'the Home Office, National Fire Chiefs Council and the LGA should establish a programme of work to make these consistent “as soon as practicable”.'
    ])
  })

  it('reads "They recommended that …" right after a sentence opening with the inspectorate or its report, not after anyone else', () => {
    const read = (text: string) => ofKind(parse(`Kent Police news\n\n${text}`).findings, 'recommendation')
    expect(read('Inspectors made three recommendations. They recommended that the force should review its call handling.')).toEqual(['the force should review its call handling.'])
    expect(read('The report was published today.\n\nIt recommended that the force improves how it supervises investigations.')).toEqual(['the force improves how it supervises investigations.'])
    expect(read('The chief constable welcomed the findings. They recommended that the force should review its call handling.')).toEqual([])
    expect(read('Inspectors visited in May. In 2019 they recommended that the force should review its call handling.')).toEqual([])
  })

  it('reads no "It said …" that follows no recommendation, nor one said of an earlier report', () => {
    const text = [
      'Inspectors are concerned that two services may not be able to absorb further budget reductions.',
      '',
      'It said the Home Office should establish a programme of work to make these consistent.',
      '',
      'In 2014, HMICFRS has recommended that forces publish their response times each year.'
    ].join('\n')
    expect(ofKind(parse(text).findings, 'recommendation')).toEqual([])
  })
})

describe('causes of concern a news item states by what they were issued for', () => {
  it('reads "its failure to …" in sentences pointing at the causes named before, and a passive "cause of concern in relation to … was raised"', () => {
    expect(ofKind(read('coc-revisit-nottinghamshire-2025-bbc').findings, 'cause-of-concern')).toEqual([
      'its failure to sufficiently manage and carry out effective investigations and support victims',
      'its failure to have adequate governance arrangements to monitor performance',
      'neighbourhood police being diverted away from their main duties'
    ])
  })

  it('reads the topic and the reason of "issued an accelerated cause of concern on … as …"', () => {
    expect(ofKind(read('accelerated-coc-hertfordshire-frs-2024-10-hemel-today').findings, 'cause-of-concern')).toEqual([
      'prevention activity as it is particularly concerning that this isn’t a sufficiently high priority for the service'
    ])
  })

  it('reads one cause given after "causes of concern, including that"', () => {
    expect(ofKind(read('custody-west-mercia-2022-bbc').findings, 'cause-of-concern')).toEqual(['governance and oversight of the use of force in custody were "limited"'])
  })

  it('reads no topic alone, and no failure on a page that names no cause of concern', () => {
    const text = [
      'The force was inspected in March.',
      '',
      'The first report was critical of its failure to record crime accurately.',
      '',
      'A further cause of concern in relation to investigations was later raised in July.',
      '',
      'The inspectorate had two causes of concern, including that it was slow.'
    ].join('\n')
    expect(ofKind(parse(text).findings, 'cause-of-concern')).toEqual([])
  })
})

describe('more of the forms news and minutes give findings in', () => {
  it('reads areas for improvement minutes quote after "AFI 11 –" (or its expansion), lower case after the dash', () => {
    expect(ofKind(read('peel-2018-19-city-of-london-legitimacy-afis-committee-minutes').findings, 'area-for-improvement')).toEqual([
      'the Force should ensure that effective external scrutiny takes place in relation to its use of force.',
      'the Force should ensure its counter-corruption unit has enough capability and capacity to counter corruption effectively and proactively.'
    ])
    // A label followed by a status in lower case demands nothing: no finding.
    expect(parse('Kent Police minutes\n\nAFI 3 – completed and closed by the force in March.').findings).toEqual([])
    expect(ofKind(parse('Kent Police minutes\n\nAFI – The force should make sure it understands demand.').findings, 'area-for-improvement')).toEqual(['The force should make sure it understands demand.'])
  })

  it('reads a finding given as the complement of one counted ("One area for improvement was that …")', () => {
    const report = parse('One area for improvement was that the force should improve how it records crime.\n\nIn 2019, one recommendation was that the force should review its vetting.')
    expect(report.findings.map((finding) => [finding.kind, finding.text])).toEqual([['area-for-improvement', 'the force should improve how it records crime.']])
  })

  it('reads a cause set off after its noun ("one cause of concern, that …", "a cause of concern because …") and "for failing to …"', () => {
    const text = [
      'Inspectors found one cause of concern, that the force was not identifying vulnerable victims.',
      '',
      'HMICFRS issued a cause of concern because the service was not doing enough to identify its high-risk premises.',
      '',
      'The force was given an accelerated cause of concern for failing to answer 101 calls.',
      '',
      'The watchdog said the force’s failure to answer 999 calls quickly was a cause of concern.',
      '',
      'The cause of concern, that we raised in 2023, has been closed.',
      '',
      'HMICFRS issued a cause of concern about its call handling as part of its 2024 inspection.'
    ].join('\n')
    expect(ofKind(parse(text).findings, 'cause-of-concern')).toEqual([
      'the force was not identifying vulnerable victims',
      'the service was not doing enough to identify its high-risk premises',
      'failing to answer 101 calls',
      'the force’s failure to answer 999 calls quickly was a cause of concern'
    ])
  })
})

describe('one finding named, then given after a colon', () => {
  it('reads a quoted area for improvement or recommendation after "the following area for improvement:"', () => {
    const text = [
      'Kent Police news',
      '',
      'Members considered the report. It identified the following area for improvement: "The force should improve how it supervises investigations."',
      '',
      'Members were told that the inspectorate made the following recommendation: “Within three months, the force should review how it records crime.”',
      '',
      'Members noted that in 2019, the report identified the following area for improvement: "The force should improve its call handling."'
    ].join('\n')
    expect(parse(text).findings.map((finding) => [finding.kind, finding.text])).toEqual([
      ['area-for-improvement', 'The force should improve how it supervises investigations.'],
      ['recommendation', 'Within three months, the force should review how it records crime.']
    ])
  })

  it('reads one cause of concern after a colon when it states a failing, not a topic', () => {
    const text = 'Kent Police news\n\nThe report highlighted one cause of concern: the force is not doing enough to safeguard vulnerable people.\n\nThere is one cause of concern: its investigations.'
    expect(ofKind(parse(text).findings, 'cause-of-concern')).toEqual(['the force is not doing enough to safeguard vulnerable people'])
  })
})
