import {describe, expect, it} from 'vitest'
import {causeLeadIns} from '../src/lib/report/readers/cause-lead-ins.js'
import {causeReportedSpeech} from '../src/lib/report/readers/cause-reported-speech.js'
import {engageReasons} from '../src/lib/report/readers/engage-reasons.js'
import {findingBoxes} from '../src/lib/report/readers/finding-boxes.js'
import {gradeCounts} from '../src/lib/report/readers/grade-counts.js'
import {gradeLabels} from '../src/lib/report/readers/grade-labels.js'
import {gradeLists} from '../src/lib/report/readers/grade-lists.js'
import {gradeNamedAreas} from '../src/lib/report/readers/grade-named-areas.js'
import {gradeSentences} from '../src/lib/report/readers/grade-sentences.js'
import {gradeTables} from '../src/lib/report/readers/grade-tables.js'
import {history} from '../src/lib/report/readers/history.js'
import {labelledFindings} from '../src/lib/report/readers/labelled-findings.js'
import {practiceVerdicts} from '../src/lib/report/readers/practice-verdicts.js'
import {proseLists} from '../src/lib/report/readers/prose-lists.js'
import {recommendationStatements} from '../src/lib/report/readers/recommendation-statements.js'
import {inspectorateEra, isoDay, monthNumber, sharedCount, weekdayDate, weekdayParts, yearOfWeekday} from '../src/lib/text.js'
import {corpus, readWith} from './reading.js'

// Each layout reader on its own, over the same read-only context parseReport gives them all.

describe('layout readers, one at a time', () => {
  it('cause lead-ins: a progress letter’s quoted cause and recommendations are history', () => {
    const {text, title} = corpus('frs-cornwall-coc-progress-2021-12')
    const read = readWith([causeLeadIns], text, title)
    expect(read.findings).toEqual([])
    expect(read.history.map((item) => [item.kind, item.text.slice(0, 48)])).toEqual([
      ['cause-of-concern', 'The service still does not have effective system'],
      ['recommendation', 'have a plan in place to manage the backlog of ou'],
      ['recommendation', 'make sure that it regularly updates risk informa'],
      ['recommendation', 'make sure that the systems it has in place to sh'],
      ['recommendation', 'review the plans it has in place to undertake si']
    ])
  })

  it('cause lead-ins: an Engage letter’s background lists earlier causes as history', () => {
    const {text, title} = corpus('engage-exit-nottinghamshire-2025-05')
    expect(readWith([causeLeadIns], text, title).history.map((item) => [item.kind, item.text.slice(0, 40)])).toEqual([
      ['cause-of-concern', 'needs to improve how it manages, supervi'],
      ['cause-of-concern', 'doesn’t have adequate processes, plannin'],
      ['cause-of-concern', 'The force needs to make sure that neighb']
    ])
  })

  it('cause lead-ins with finding boxes: a summary bullet gives way to the cause stated in full', () => {
    const {text, title} = corpus('accelerated-coc-nottinghamshire-2024-03')
    const causes = readWith([findingBoxes, causeLeadIns], text, title).findings.filter((finding) => finding.kind === 'cause-of-concern')
    expect(causes.map((finding) => [finding.id, finding.text.slice(0, 40)])).toEqual([
      ['cause-of-concern-1', 'have adequate governance arrangements in'],
      ['cause-of-concern-2', 'The force needs to improve how it manage']
    ])
  })

  it('cause reported speech: the clause an article says the inspectors called a cause of concern', () => {
    const {text, title} = corpus('frs-2021-22-norfolk-bbc-inadequate-preventing')
    const read = readWith([causeReportedSpeech], text, title)
    expect(read.findings.map((finding) => [finding.kind, finding.text])).toEqual([['cause-of-concern', 'failures to identify people at risk']])
  })

  it('prose lists: causes run into one sentence after their count, practice named in turn', () => {
    const custody = corpus('custody-west-midlands-2023-express-and-star')
    expect(readWith([proseLists], custody.text, custody.title).findings.map((finding) => [finding.kind, finding.text.slice(0, 32)])).toEqual([
      ['cause-of-concern', 'the leadership of custody isn\'t '],
      ['cause-of-concern', 'the force isn\'t always assuring '],
      ['cause-of-concern', 'there are several areas where th'],
      ['cause-of-concern', 'the governance and oversight of ']
    ])
    const fire = corpus('frs-2023-25-staffordshire-express-and-star')
    expect(readWith([proseLists], fire.text, fire.title).findings.map((finding) => [finding.kind, finding.text.slice(0, 32)])).toEqual([
      ['promising-practice', 'responding to major and multi-ag'],
      ['promising-practice', 'working with the NHS on response']
    ])
  })

  it('practice verdicts: the description before "This is an example of innovative practice."', () => {
    const text = 'Kent Police PEEL 2023\n\nThe force reviews every rape case within 48 hours. This is an example of innovative practice.\n'
    expect(readWith([practiceVerdicts], text).findings.map((finding) => [finding.kind, finding.text])).toEqual([['innovative-practice', 'The force reviews every rape case within 48 hours.']])
  })

  it('grade sentences: judgements in prose, clause by clause, not adjectives or other topics', () => {
    const {text, title} = corpus('peel-2014-bedfordshire')
    expect(readWith([gradeSentences], text, title).grades.map((grade) => [grade.subject, grade.grade, grade.area])).toEqual([
      ['Bedfordshire Police', 'good', 'tackling anti-social behaviour'],
      ['Bedfordshire Police', 'requires-improvement', 'reducing crime and preventing offending'],
      ['Bedfordshire Police', 'requires-improvement', 'the way it investigates offending'],
      ['Bedfordshire Police', 'requires-improvement', 'carries out its responsibilities']
    ])
  })

  it('grade sentences: a list whose lead-in holds the subject, in a fire report (the place is the service)', () => {
    const {text, title} = corpus('frs-2021-gloucestershire')
    expect(readWith([gradeSentences], text, title).grades.map((grade) => [grade.subject, grade.grade, grade.area.slice(0, 40)])).toEqual([
      ['Gloucestershire Fire and Rescue Service', 'requires-improvement', 'effectively keeping people safe and secu'],
      ['Gloucestershire Fire and Rescue Service', 'requires-improvement', 'efficiently keeping people safe and secu'],
      ['Gloucestershire Fire and Rescue Service', 'inadequate', 'looking after its people']
    ])
  })

  it('grade sentences: a sentence opened by "Though", a list led by its last clause, "Norfolk FRS" as the service, a pillar restated once', () => {
    const {text, title} = corpus('frs-2018-norfolk')
    const grades = readWith([gradeSentences], text, title).grades
    expect(grades.slice(-4).map((grade) => [grade.subjectId, grade.grade, grade.area])).toEqual([
      ['norfolk', 'good', 'getting the right people with the right skills'],
      ['norfolk', 'requires-improvement', 'promoting the right values and culture'],
      ['norfolk', 'requires-improvement', 'ensuring fairness and promoting diversity'],
      ['norfolk', 'requires-improvement', 'managing performance and developing leaders']
    ])
    expect(grades.every((grade) => grade.subject === 'Norfolk Fire and Rescue Service')).toBe(true)
    // "Norfolk FRS requires improvement at providing an effective service" restates the effectiveness pillar.
    expect(grades.some((grade) => grade.area === 'providing an effective service')).toBe(false)
  })

  it('grade sentences: a fire overview’s "requires improvement to how it:" list, "We judged the way it … to be inadequate", and the service under its reference name', () => {
    const {text, title} = corpus('frs-2018-essex')
    const grades = readWith([gradeSentences], text, title).grades
    expect(grades.every((grade) => grade.subject === 'Essex County Fire and Rescue Service' && grade.subjectId === 'essex')).toBe(true)
    expect(grades.slice(3).map((grade) => [grade.grade, grade.area])).toEqual([
      ['requires-improvement', 'understands the risk of fire and other emergencies'],
      ['requires-improvement', 'prevents fires and other risks'],
      ['requires-improvement', 'protects the public through fire regulation'],
      ['good', 'responding to fires and other emergencies'],
      ['good', 'response to national risks'],
      ['good', 'making its services affordable'],
      ['inadequate', 'promotes the right values and culture'],
      ['requires-improvement', 'gets the right people with the right skills'],
      ['requires-improvement', 'ensures fairness and promoting diversity'],
      ['good', 'managing performance and developing leaders']
    ])
  })

  it('grade sentences: "HMICFRS said the constabulary is good at …" in a news release; its counts ("good in two areas") grade nothing', () => {
    const {text, title} = corpus('peel-2023-25-durham-news')
    expect(readWith([gradeSentences], text, title).grades.map((grade) => [grade.subjectId, grade.grade, grade.area.slice(0, 30)])).toEqual([
      ['durham', 'good', 'preventing and deterring crime']
    ])
  })

  it('grade sentences: a force’s own statement lists each grade with the areas it covers after “graded our police service as:”', () => {
    const {text, title} = corpus('peel-2021-22-avon-somerset-force-statement')
    expect(readWith([gradeSentences], text, title).grades.map((grade) => [grade.subjectId, grade.grade, grade.area])).toEqual([
      ['avon-and-somerset', 'outstanding', 'engaging and treating the public with fairness and respect'],
      ['avon-and-somerset', 'good', 'use of resources'],
      ['avon-and-somerset', 'good', 'supporting and protecting the workforce'],
      ['avon-and-somerset', 'adequate', 'preventing crime and anti-social behaviour'],
      ['avon-and-somerset', 'adequate', 'protecting vulnerable people'],
      ['avon-and-somerset', 'requires-improvement', 'responding to the public'],
      ['avon-and-somerset', 'requires-improvement', 'investigating crime'],
      ['avon-and-somerset', 'requires-improvement', 'managing offenders'],
      ['avon-and-somerset', 'requires-improvement', 'crime recording']
    ])
  })

  it('grade sentences: the participle lead-in “… published today, grading our police service as:” leads a grade-first list too', () => {
    const text = 'The report was published today, grading our police service as:\n\n- Good – at preventing crime\n- Requires improvement – in responding to the public; investigating crime'
    expect(readWith([gradeSentences], text, 'PEEL: An inspection of Kent Police').grades.map((grade) => [grade.subjectId, grade.grade, grade.area])).toEqual([
      ['kent', 'good', 'preventing crime'],
      ['kent', 'requires-improvement', 'responding to the public'],
      ['kent', 'requires-improvement', 'investigating crime']
    ])
    const real = corpus('peel-2023-25-avon-somerset-force-statement')
    // The headline sentence's serial list ("good at preventing crime, using police powers and in their
    // treatment of the public") gives its second area too, "in their treatment …" continuing the piece before.
    expect(readWith([gradeSentences], real.text, real.title).grades.map((grade) => [grade.subjectId, grade.grade, grade.area]).slice(1)).toEqual([
      ['avon-and-somerset', 'good', 'using police powers and in their treatment of the public'],
      ['avon-and-somerset', 'adequate', 'developing a positive workplace'],
      ['avon-and-somerset', 'requires-improvement', 'responding to the public'],
      ['avon-and-somerset', 'requires-improvement', 'investigating crime'],
      ['avon-and-somerset', 'requires-improvement', 'protecting vulnerable people'],
      ['avon-and-somerset', 'requires-improvement', 'managing offenders'],
      ['avon-and-somerset', 'requires-improvement', 'leadership and force management']
    ])
  })

  it('grade sentences: an item after a “graded … as:” lead-in gives nothing unless it starts with a grade and every area is graded', () => {
    const text = 'HMICFRS graded Kent Police as:\n\n- Good – in its work with local partners\n- There were no areas graded inadequate.\n- Adequate – in protecting vulnerable people'
    expect(readWith([gradeSentences], text, 'PEEL: An inspection of Kent Police').grades.map((grade) => [grade.subjectId, grade.grade, grade.area])).toEqual([
      ['kent', 'adequate', 'protecting vulnerable people']
    ])
  })

  it('grade sentences: “HMICFRS said the constabulary was good at …” reports the inspectorate’s words in the past tense', () => {
    const {text, title} = corpus('peel-2023-25-avon-somerset-news')
    expect(readWith([gradeSentences], text, title).grades.map((grade) => [grade.subjectId, grade.grade, grade.area])).toEqual([
      ['avon-and-somerset', 'good', 'preventing and deterring crime'],
      ['avon-and-somerset', 'good', 'using police powers and treating people fairly and respectfully']
    ])
  })

  it('grade sentences: “was” links a grade only in the inspectorate’s reported words, and not of an earlier inspection', () => {
    const text = 'Kent Police was good at investigating crime.\n\nHMICFRS said the force was good at protecting vulnerable people in its previous inspection.\n\nThe force said it was good at responding to the public.'
    expect(readWith([gradeSentences], text, 'PEEL: An inspection of Kent Police').grades).toEqual([])
  })

  it('grade counts and named areas: a news release’s headline count names the force; “the ‘inadequate’ areas included …” grades each area named, the counts nothing', () => {
    const {text, title} = corpus('peel-2021-22-gloucestershire-news')
    expect(readWith([gradeCounts, gradeNamedAreas], text, title).grades.map((grade) => [grade.subjectId, grade.grade, grade.area])).toEqual([
      ['gloucestershire', 'inadequate', 'how the force protects vulnerable people'],
      ['gloucestershire', 'inadequate', 'how it investigates crime']
    ])
    // Without the headline count and the title, the release's prose settles it: it names
    // Gloucestershire Constabulary five times (and the inspectorate, which grades no one).
    expect(readWith([gradeNamedAreas], text).grades.map((grade) => grade.subjectId)).toEqual(['gloucestershire', 'gloucestershire'])
  })

  it('grade named areas: “the areas requiring improvement are A; B; …, and E” and a count of one whose area a dash names', () => {
    const {text, title} = corpus('peel-2021-22-metropolitan-news')
    expect(readWith([gradeCounts, gradeNamedAreas], text, title).grades.map((grade) => [grade.subjectId, grade.grade, grade.area])).toEqual([
      ['metropolitan', 'inadequate', 'responding to the public'],
      ['metropolitan', 'requires-improvement', 'investigating crime'],
      ['metropolitan', 'requires-improvement', 'protecting vulnerable people'],
      ['metropolitan', 'requires-improvement', 'managing offenders'],
      ['metropolitan', 'requires-improvement', 'developing a positive workplace'],
      ['metropolitan', 'requires-improvement', 'good use of resources']
    ])
  })

  it('grade named areas: a count whose dash names fewer or other areas than it counts gives nothing', () => {
    const text = 'HMICFRS found Kent Police was ‘good’ in two areas – investigating crime.\n\nIt was ‘adequate’ in one area – its work with partners.'
    expect(readWith([gradeNamedAreas], text, 'PEEL: An inspection of Kent Police').grades).toEqual([])
  })

  it('grade named areas: areas of one grade that are not all graded areas are not read', () => {
    const text = 'Kent Police was graded in ten areas.\n\nHMICFRS said the ‘good’ areas included its work with partners and how it investigates crime.'
    expect(readWith([gradeNamedAreas], text, 'PEEL: An inspection of Kent Police').grades).toEqual([])
  })

  it('grade sentences: the victim service in an inspector’s quote is not a graded area', () => {
    const {text, title} = corpus('peel-2021-22-gloucestershire-news')
    expect(readWith([gradeSentences], text, title).grades).toEqual([])
  })

  it('grade tables and lists: a commissioner’s page lists areas under bare grade-word lines after “Norfolk received the following gradings:”', () => {
    const {text, title} = corpus('peel-2021-22-norfolk-pcc-page')
    // The last column has nothing after it to close it: only lines that name a graded area are read.
    expect(readWith([gradeTables, gradeLists], text, title).grades.map((grade) => [grade.subjectId, grade.grade, grade.area])).toEqual([
      ['norfolk', 'outstanding', 'Good use of resources'],
      ['norfolk', 'good', 'Preventing crime and anti-social behaviour'],
      ['norfolk', 'good', 'Managing offenders and suspects'],
      ['norfolk', 'good', 'Developing a positive workplace (supporting and protecting the workforce)'],
      ['norfolk', 'adequate', 'Investigating crime'],
      ['norfolk', 'adequate', 'Responding to the public'],
      ['norfolk', 'adequate', 'Protecting vulnerable people'],
      ['norfolk', 'requires-improvement', 'Treating people fairly and with respect']
    ])
  })

  it('grade sentences: one grade for each framework area a clause joins with “and”', () => {
    const {text, title} = corpus('frs-2018-norfolk')
    const good = readWith([gradeSentences], text, title).grades.filter((grade) => grade.grade === 'good')
    expect(good.map((grade) => grade.area)).toEqual([
      'responding to fires and other emergencies',
      'responding to national risks',
      'making its services affordable',
      'getting the right people with the right skills'
    ])
  })

  it('grade sentences: a grade written straight after “graded” or “rated”, and the subject before the passive or the infinitive', () => {
    const text = [
      'Kent Police was graded ‘inadequate’ at responding to the public.',
      'HMICFRS rated the force as good at investigating crime.',
      'The inspectorate found the force to be adequate at protecting vulnerable people.',
      'In 2019, the force was graded good at preventing crime.',
      'The force was rated good in four areas.'
    ].join('\n\n')
    expect(readWith([gradeSentences], text, 'PEEL: An inspection of Kent Police').grades.map((grade) => [grade.subjectId, grade.grade, grade.area])).toEqual([
      ['kent', 'inadequate', 'responding to the public'],
      ['kent', 'good', 'investigating crime'],
      ['kent', 'adequate', 'protecting vulnerable people']
    ])
  })

  it('grade sentences: a service’s own page (“This means we are ‘Good’ at: ·” printed as a heading, its list after it), about the service its title names, not the inspectorate its heading names', () => {
    const {text, title} = corpus('frs-2023-25-nottinghamshire-service-page')
    const grades = readWith([gradeSentences], text, title).grades
    expect(grades.every((grade) => grade.subjectId === 'nottinghamshire' && grade.subject === 'Nottinghamshire Fire and Rescue Service' && grade.grade === 'good')).toBe(true)
    expect(grades.map((grade) => grade.area)).toEqual([
      'Understanding fires and other risks',
      'Preventing fires and other risks',
      'Responding to fires and other emergencies',
      'Responding to major and multi-agency incidents',
      'Making best use of its resources',
      'Future affordability',
      'Promoting the right values and culture',
      'Getting the right people with the right skills',
      'Ensuring fairness and promoting diversity',
      'Managing performance and developing leaders'
    ])
  })

  it('grade sentences: “inadequate in each of the three pillars” grades every pillar once; the pillar sentences and “the way it treats the public and its workforce” restate them', () => {
    const {text, title} = corpus('peel-2018-cleveland')
    const grades = readWith([gradeSentences], text, title).grades
    expect(grades.filter((grade) => grade.grade === 'inadequate').map((grade) => [grade.subjectId, grade.area.slice(0, 50)])).toEqual([
      ['cleveland', 'Effectiveness (pillar)'],
      ['cleveland', 'Efficiency (pillar)'],
      ['cleveland', 'Legitimacy (pillar)'],
      ['cleveland', 'the way it prevents crime and tackles anti-social ']
    ])
  })

  it('grade sentences: a sub-topic done “effectively” is not a graded area', () => {
    const {text, title} = corpus('peel-2017-essex')
    expect(readWith([gradeSentences], text, title).grades.some((grade) => grade.area.includes('intelligence profiles'))).toBe(false)
  })

  it('grade labels: a grade given once above the areas listed under it', () => {
    const text = 'Our judgments\n\nOutstanding\n\n• Preventing crime\n• Treatment of the public\n\nRequires improvement\n\n• Investigating crime\n'
    expect(readWith([gradeLabels], text, 'PEEL: An inspection of Kent Police').grades.map((grade) => [grade.subject, grade.grade, grade.area])).toEqual([
      ['Kent Police', 'outstanding', 'Preventing crime'],
      ['Kent Police', 'outstanding', 'Treatment of the public'],
      ['Kent Police', 'requires-improvement', 'Investigating crime']
    ])
  })

  it('finding boxes: an area for improvement printed as a lead-in item with its sub-items is one finding', () => {
    const {text, title} = corpus('peel-2018-humberside')
    const areas = readWith([findingBoxes], text, title).findings.filter((finding) => finding.kind === 'area-for-improvement')
    expect(areas.map((finding) => finding.text.replace(/\s+/g, ' ').slice(0, 90))).toEqual([
      'The force should ensure regular and active supervision of the quality and progress of inve',
      'The force should ensure that, in relation to stop and search: - all relevant officers and ',
      'The force should ensure that its counter-corruption'
    ])
  })

  it('finding boxes: a lead-in naming practices opens a box when no heading does', () => {
    const {text, title} = corpus('frs-2021-kent')
    const practices = readWith([findingBoxes], text, title).findings.filter((finding) => finding.kind === 'innovative-practice')
    expect(practices.map((finding) => [finding.text, finding.position.start.line])).toEqual([['The service has developed a process to gather and use risk inform', 37]])
  })

  it('history: "This was that …" restates the finding the paragraph before named, to the end of its paragraph', () => {
    const {text, title} = corpus('coc-revisit-cleveland-2021-publication')
    const read = readWith([history], text, title)
    expect(read.findings).toEqual([])
    expect(read.history.map((item) => [item.kind, item.text.slice(0, 60), item.text.slice(-40), item.position.start.line])).toEqual([
      ['cause-of-concern', 'Cleveland Police doesn’t adequately engage with local commun', 'ing the force and helping it to improve.', 4]
    ])
  })

  it('finding boxes: "We recommend that …" states a recommendation; an account of what we found does not', () => {
    const text = [
      'Recommendations',
      'We recommend that, by 31 March 2023, chief constables should make sure their forces record every search.',
      'We also recommend that the College of Policing should develop a new training package.',
      'We found that forces should have done more.'
    ].join('\n\n')
    const found = readWith([findingBoxes], text, 'A national thematic inspection').findings
    expect(found.map((finding) => [finding.kind, finding.text.slice(0, 40), finding.kind === 'recommendation' ? finding.addressees.map((item) => item.kind) : []])).toEqual([
      ['recommendation', 'We recommend that, by 31 March 2023, chi', ['chief-constables']],
      ['recommendation', 'We also recommend that the College of Po', ['college-of-policing']]
    ])
  })

  it('engage reasons: under the label "Entered Engage" and its month, the numbered reasons; the improvements listed on leaving are none', () => {
    const {text, title} = corpus('engage-london-fire-brigade-2022-12')
    const read = readWith([engageReasons], text, title)
    expect(read.findings.map((finding) => [finding.kind, finding.number, finding.text.slice(0, 40), finding.position.start.line])).toEqual([
      ['cause-of-concern', '1', 'There is cumulative evidence from our la', 46]
    ])
  })

  it('engage reasons: the reasons a force was moved into Engage are its causes of concern', () => {
    const {text, title} = corpus('engage-west-midlands-2023')
    const read = readWith([engageReasons], text, title)
    expect(read.history).toEqual([])
    expect(read.findings.map((finding) => [finding.kind, finding.subjectId, finding.text.slice(0, 24), finding.position.start.line])).toEqual([
      ['cause-of-concern', 'west-midlands', 'carrying out effective i', 7],
      ['cause-of-concern', 'west-midlands', 'making sure multi-agency', 8],
      ['cause-of-concern', 'west-midlands', 'effectively managing the', 9],
      ['cause-of-concern', 'west-midlands', 'managing the risk posed ', 10]
    ])
  })

  it('engage reasons: a copy that lost its list markers, read up to the reason that ends the sentence', () => {
    const {text, title} = corpus('engage-lincolnshire-2024-12')
    const read = readWith([engageReasons], text, title)
    expect(read.findings.map((finding) => [finding.subject, finding.text])).toEqual([
      ['Lincolnshire Police', 'attend calls for service in line with its published target attendance times;'],
      ['Lincolnshire Police', 'improve how it allocates, supervises and carries out investigations to make sure victims get the support they need;'],
      ['Lincolnshire Police', 'make sure that it has the capacity and capability to manage the risks posed to the public by registered sex offenders;'],
      ['Lincolnshire Police', 'improve its understanding of demand; and'],
      ['Lincolnshire Police', 'have adequate strategic plans in place.']
    ])
  })

  it('engage reasons: a removal lists improvements, an earlier move lists history, boilerplate lists nothing', () => {
    const text = [
      'The monitoring process consists of two stages: Scan and Engage.',
      '',
      'His Majesty’s Chief Inspector has decided to remove Kent Police from Engage because it has made several improvements, including:',
      '',
      '- improving how it answers emergency calls; and',
      '- improving how it supervises investigations.',
      '',
      'On 4 May 2023, we moved Kent Police into Engage because the force needed to:',
      '',
      '- answer emergency calls more quickly; and',
      '- supervise investigations effectively.',
      '',
      'improve how it records crime.'
    ].join('\n')
    const read = readWith([engageReasons], text)
    expect(read.findings).toEqual([])
    expect(read.history.map((item) => [item.kind, item.text])).toEqual([
      ['cause-of-concern', 'answer emergency calls more quickly; and'],
      ['cause-of-concern', 'supervise investigations effectively.']
    ])
  })

  it('recommendation statements: the formula and "We recommend that …" in the body; not history, counts, quotations or another body’s advice', () => {
    const text = [
      'In 2021 we made four recommendations.',
      '',
      'Our 2021 report recommended that, by March 2022, chief constables should appoint a lead.',
      '',
      'The College of Policing recommends that forces should brief officers.',
      '',
      '“By 2020, all forces should have a plan,” the NPCC said.',
      '',
      'Chief constables should, by 30 April 2027, review every open case.',
      '',
      'With immediate effect, forces that haven’t already done so should publish their data.',
      '',
      'By then, it should be clear who leads.',
      '',
      'We recommend that the Home Office should fund the work.'
    ].join('\n')
    const read = readWith([recommendationStatements], text)
    expect(read.history).toEqual([])
    expect(read.findings.map((finding) => [finding.kind === 'recommendation' ? finding.addressees.map((addressee) => addressee.kind) : [], finding.kind === 'recommendation' ? finding.deadline : undefined, finding.text])).toEqual([
      [['chief-constables'], '2027-04-30', 'Chief constables should, by 30 April 2027, review every open case.'],
      [['chief-constables'], undefined, 'With immediate effect, forces that haven’t already done so should publish their data.'],
      [['home-office'], undefined, 'We recommend that the Home Office should fund the work.']
    ])
  })

  it('labelled findings: a number label and the finding on one line', () => {
    const text = 'Recommendation 3: By 31 March 2022, chief constables should review how they record stop and search.\n'
    const [finding] = readWith([labelledFindings], text, 'A national thematic inspection').findings
    expect(finding).toMatchObject({kind: 'recommendation', number: '3', text: 'By 31 March 2022, chief constables should review how they record stop and search.'})
    expect(text.slice(finding!.position.start.offset, finding!.position.end.offset)).toBe(finding!.text)
  })
})

describe('text helpers', () => {
  it('reads month names and written days, rejecting days that do not exist', () => {
    expect([monthNumber('March'), monthNumber('sept'), isoDay('7', 'July', '2023'), isoDay(31, 'February', 2024)]).toEqual([3, 0, '2023-07-07', undefined])
  })

  it('settles the year of a weekday date only where one year of the window has that weekday', () => {
    const [, weekday, day, month] = weekdayDate.exec('has today (Thursday 22 September) published')!
    expect([weekday, day, month]).toEqual(['Thursday', '22', 'September'])
    // 22 September fell on a Thursday in 2016 and 2022: from 2022 only the latter is in the window.
    expect(yearOfWeekday('Thursday', '22', 'September', {from: '2022-09-08'})).toBe('2022-09-22')
    expect(yearOfWeekday('Thursday', '22', 'September', {from: '2016-01-01'})).toBe('2016-09-22')
    expect(yearOfWeekday('Thursday', '22', 'September', {from: '2017-07-19', to: '2022-09-08'})).toBeUndefined()
    expect(yearOfWeekday('Friday', '22', 'September', {from: '2022-09-08'})).toBe('2023-09-22')
    expect(weekdayDate.exec('Thursday 22 September 2022')).toBeNull()
    expect([
      inspectorateEra('His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services'),
      inspectorateEra('Her Majesty’s Inspectorate of Constabulary and Fire & Rescue Services'),
      inspectorateEra('HMICFRS')
    ]).toEqual([{from: '2022-09-08'}, {from: '2017-07-19', to: '2022-12-31'}, undefined])
  })

  it('reads a weekday date month first, as news pages write it, and settles it in a closed window up to its end', () => {
    // "Speaking at a meeting of City Hall’s policing committee this morning, Wednesday, July 6, Ms Linden …" (mopac-deputy-mayor-met-engage-2022-londonworld)
    const match = weekdayDate.exec('this morning, Wednesday, July 6, Ms Linden')!
    expect(weekdayParts(match)).toEqual({weekday: 'Wednesday', day: '6', month: 'July'})
    expect(weekdayDate.exec('Wednesday, July 6, 2022')).toBeNull()
    expect(weekdayDate.exec('Monday May 2019')).toBeNull()
    // 6 July fell on a Wednesday in 2016 and 2022: from July 2017 to September 2022, only 2022.
    expect(yearOfWeekday('Wednesday', '6', 'July', {from: '2017-07-19', to: '2022-09-08'})).toBe('2022-07-06')
    // 22 July fell on a Tuesday in 2014 and 2025 (after the window's end): 2014.
    expect(yearOfWeekday('Tuesday', '22', 'July', {from: '2012-01-16', to: '2022-12-31'})).toBe('2014-07-22')
    // 13 December fell on a Tuesday in 2016 and 2022, both in the window: not settled.
    expect(yearOfWeekday('Tuesday', '13', 'December', {from: '2012-01-16', to: '2022-12-31'})).toBeUndefined()
    // 22 March fell on a Thursday in 2012 and 2018: both in the window, so the year is not settled.
    expect(yearOfWeekday('Thursday', '22', 'March', {from: '2012-01-16', to: '2022-12-31'})).toBeUndefined()
  })

  it('dates a text by the inspectorate\'s monarch (the old name lingering to the end of 2022) and a local policing body\'s title together, never by one open-ended name', () => {
    expect([
      inspectorateEra('Acting Police and Crime Commissioner, Councillor Yvonne Mosquito … a report by the Her Majesty\'s Inspectorate of Constabulary'),
      inspectorateEra('HMICFRS … Her Majesty’s Inspectorate of Constabularies and Fire and Rescue Services'),
      inspectorateEra('Police and Crime Commissioner John Campion … Today’s HMICFRS report'),
      inspectorateEra('Her Majesty\'s Inspectorate of Constabulary (HMIC)'),
      // A year after the period: the text names the inspectorate as an earlier text did.
      inspectorateEra('The PCC welcomed the 2024 report; in 2019 Her Majesty’s Inspectorate of Constabulary had found …')
    ]).toEqual([{from: '2012-01-16', to: '2022-12-31'}, {from: '2017-07-19', to: '2022-12-31'}, undefined, undefined, undefined])
  })

  it('counts shared words', () => {
    expect(sharedCount(['plans', 'force', 'x'], new Set(['force', 'plans']))).toBe(2)
  })
})
