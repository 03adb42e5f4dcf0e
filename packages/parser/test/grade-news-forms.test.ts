import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'
import {gradeLists} from '../src/lib/report/readers/grade-lists.js'
import {gradeNamedAreas} from '../src/lib/report/readers/grade-named-areas.js'
import {gradeSentences} from '../src/lib/report/readers/grade-sentences.js'
import {corpus, readWith} from './reading.js'

// Grades as news prose writes them, in general forms, each on real tuned pages (PEEL 2017–2023/25,
// fire 2018/19–2023/25): lists of areas in the writer's own words, grades as plural nouns or given
// to an object, one grade for "each of the three areas" where the pillars are named nearby, a count
// before the areas of one grade, pillars glossed in brackets, a list of judgements continued after a
// comma. Then the traps of each: another body's grade, an earlier inspection's, a count, the scale,
// a hope.

const rows = (grades: Array<{subjectId?: string; subject: string; grade: string; area: string}>) => grades.map((grade) => [grade.subjectId ?? grade.subject, grade.grade, grade.area])
/** The grades of a tuned corpus page, read by every reader or by some. */
const page = (name: string, readers?: Parameters<typeof readWith>[0]) => {
  const {text, title} = corpus(name)
  return rows(readers ? readWith(readers, text, title).grades : parseReport(text, {format: 'text', title}).report.grades)
}
const read = (text: string, title = 'PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Kent Police') => rows(parseReport(text, {format: 'text', title}).report.grades)

describe('grades in news prose: general forms, on real pages', () => {
  it('a list of pillars in the writer’s words: “rated good for efficiency, legitimacy and effectiveness in a new inspection”', () => {
    expect(page('peel-2017-cheshire-runcorn-widnes-world', [gradeSentences])).toEqual([
      ['cheshire', 'good', 'efficiency'],
      ['cheshire', 'good', 'legitimacy'],
      ['cheshire', 'good', 'effectiveness']
    ])
  })

  it('areas of one grade in the writer’s words: “The inadequate areas included preventing crime and use of resources”, ““Adequate” areas included …”', () => {
    expect(page('peel-2021-22-cleveland-news', [gradeNamedAreas])).toEqual([
      ['cleveland', 'good', 'crime data integrity'],
      ['cleveland', 'inadequate', 'preventing crime'],
      ['cleveland', 'inadequate', 'use of resources']
    ])
    expect(page('frs-2023-25-hereford-worcester-bbc', [gradeNamedAreas])).toEqual([
      ['hereford-and-worcester', 'adequate', 'fire prevention'],
      ['hereford-and-worcester', 'adequate', 'responding to fires'],
      ['hereford-and-worcester', 'adequate', 'making best use of resources']
    ])
  })

  it('grades as plural nouns: “Essex Police has received ‘Good’ gradings for A, B and C”', () => {
    expect(page('peel-2021-22-essex-force-page')).toEqual([
      ['essex', 'good', 'treating the public fairly'],
      ['essex', 'good', 'using resources well'],
      ['essex', 'good', 'developing a positive workforce']
    ])
  })

  it('a grade given to an object: “Inspectors gave the Northumberland service (NFRS) a ‘good’ rating for A and B”', () => {
    expect(page('frs-2021-22-northumberland-chronicle-pressreader')).toEqual([
      ['northumberland', 'good', 'protecting the public through fire regulation'],
      ['northumberland', 'good', 'responding to major and multi-agency incidents']
    ])
  })

  it('every pillar, named in the paragraph before: “… covers three overall broad areas – effectiveness, efficiency and people …” then “rated as “requires improvement” for each of the three areas”', () => {
    expect(page('frs-2021-cornwall-pirate-fm')).toEqual([
      ['cornwall', 'requires-improvement', 'Effectiveness (pillar)'],
      ['cornwall', 'requires-improvement', 'Efficiency (pillar)'],
      ['cornwall', 'requires-improvement', 'People (pillar): looking after its people'],
      // "For all of these … apart from …", "… for both": the areas the sentence before lists (grade-references.test.ts).
      ['cornwall', 'requires-improvement', 'understanding fires and other risks'],
      ['cornwall', 'requires-improvement', 'preventing fires and other risks'],
      ['cornwall', 'requires-improvement', 'protecting the public through fire regulation'],
      ['cornwall', 'requires-improvement', 'responding to fires and other emergencies'],
      ['cornwall', 'good', 'responding to major and multi-agency incidents'],
      ['cornwall', 'requires-improvement', 'making best use of resources'],
      ['cornwall', 'requires-improvement', 'future affordability']
    ])
  })

  it('every pillar, named in the sentence: “declared it ‘good’ in all three measures” (a fire service’s), “judged the force “Good” across the three areas of police effectiveness, efficiency and legitimacy”', () => {
    expect(page('frs-2018-19-royal-berkshire-windsor-observer')).toEqual([
      ['royal-berkshire', 'good', 'Effectiveness (pillar)'],
      ['royal-berkshire', 'good', 'Efficiency (pillar)'],
      ['royal-berkshire', 'good', 'People (pillar): looking after its people']
    ])
    expect(page('peel-2018-19-bedfordshire-bedford-today')).toEqual([
      ['bedfordshire', 'good', 'Effectiveness (pillar)'],
      ['bedfordshire', 'good', 'Efficiency (pillar)'],
      ['bedfordshire', 'good', 'Legitimacy (pillar)']
    ])
  })

  it('a count before the areas of one grade: “Three areas graded as requiring improvement are A, B, and C”', () => {
    expect(page('peel-2023-25-north-wales-cambrian-news-scrutiny-board', [gradeNamedAreas])).toEqual([
      ['north-wales', 'requires-improvement', 'investigating crime'],
      ['north-wales', 'requires-improvement', 'protecting vulnerable people'],
      ['north-wales', 'requires-improvement', 'leadership and force management']
    ])
  })

  it('pillars glossed in brackets, the grade after: “Effectiveness (our emergency response …) Good”', () => {
    expect(page('frs-2018-19-tyne-wear-big-red-guide', [gradeLists])).toEqual([
      ['tyne-and-wear', 'good', 'Effectiveness'],
      ['tyne-and-wear', 'good', 'Efficiency'],
      ['tyne-and-wear', 'good', 'People']
    ])
  })

  it('a list of judgements continued after a comma: “graded Durham as outstanding for effectiveness, outstanding for efficiency and good for legitimacy”', () => {
    expect(page('peel-2018-19-durham-hartlepool-mail')).toEqual([
      ['durham', 'outstanding', 'effectiveness'],
      ['durham', 'outstanding', 'efficiency'],
      ['durham', 'good', 'legitimacy']
    ])
  })

  it('“Meanwhile A Police and B Police were given a rating of ‘Good’.”: a grade noun for no area named, two whole force names, under a headline naming the area', () => {
    const text = [
      "Two of the four Welsh police forces 'require improvement' in the way they prevent and investigate crime",
      "Basing its assessment on how well they prevent and investigate crime, manage offenders, protect vulnerable people and tackle serious organised crime, both Dyfed Powys and North Wales Police were told improvement was needed.",
      "Meanwhile South Wales Police and Gwent Police were given a rating of 'Good'."
    ].join('\n\n')
    const area = "Two of the four Welsh police forces 'require improvement' in the way they prevent and investigate crime"
    expect(rows(parseReport(text, {format: 'text'}).report.grades)).toEqual([
      ['south-wales', 'good', area],
      ['gwent', 'good', area]
    ])
  })

  it('a vetting and counter-corruption inspection grades forces on that one thing: bare judgements under a headline naming it are kept', () => {
    const text = [
      'HMICFRS publishes vetting and corruption reports for forces',
      'Ratings have been given for five of the 12 forces whose reports have been published today (November 17), with the remaining seven given no graded judgment owing to their inspections being carried out less recently.',
      "Of the five, Nottinghamshire and South Wales Police (SWP) were both rated as 'good', while Dorset and Cumbria were both given a 'requires improvement' rating. Kent was assessed as 'adequate'."
    ].join('\n\n')
    const area = 'HMICFRS publishes vetting and corruption reports for forces'
    expect(rows(parseReport(text, {format: 'text'}).report.grades)).toEqual([
      ['nottinghamshire', 'good', area],
      ['south-wales', 'good', area]
    ])
  })

  it('a roll-call of bodies graded on one thing: “A has been rated inadequate for X … B was rated adequate” gives B the same area', () => {
    const text = [
      'Flaws exposed in police approach to organised crime',
      'West Mercia Police has been rated inadequate for its approach to serious and organised crime (SOC) following an inspection of how forces in the West Midlands handle the issue.',
      'Weaknesses were also uncovered at Staffordshire and Warwickshire, with each force graded as requiring improvement. West Midlands Police was rated adequate.'
    ].join('\n\n')
    expect(rows(parseReport(text, {format: 'text'}).report.grades)).toEqual([
      ['west-mercia', 'inadequate', 'its approach to serious and organised crime (SOC)'],
      ['west-midlands', 'adequate', 'its approach to serious and organised crime (SOC)']
    ])
    // The same body's second bare judgement is no roll-call: under a heading that names no graded area it is not kept.
    expect(rows(parseReport(text.replace('West Midlands Police was rated adequate', 'West Mercia Police was rated adequate'), {format: 'text'}).report.grades)).toEqual([
      ['west-mercia', 'inadequate', 'its approach to serious and organised crime (SOC)']
    ])
  })
})

describe('a series of grades given as nouns, each with its area', () => {
  const text = [
    'His Majesty’s Inspectorate of Constabulary and Fire and Rescue Services (HMICFRS) carried out a routine inspection of the Isles of Scilly Fire and Rescue Service between March and May 2022. The inspection report is now available on the HMICFRS website.',
    'Our service has received overall grades of ‘Good’ for ‘Effectiveness’, ‘Requires Improvement’ for ‘Efficiency’ and ‘Good’ for ‘People.’'
  ].join('\n')

  it('“Our service has received overall grades of ‘Good’ for ‘Effectiveness’, ‘Requires Improvement’ for ‘Efficiency’ and ‘Good’ for ‘People.’” (frs-2021-22-isles-of-scilly-council-news)', () => {
    expect(rows(parseReport(text, {format: 'text'}).report.grades)).toEqual([
      ['isles-of-scilly', 'good', 'Effectiveness'],
      ['isles-of-scilly', 'requires-improvement', 'Efficiency'],
      ['isles-of-scilly', 'good', 'People']
    ])
  })

  it('the same series after a grade verb, its last pair after a plain “and” (constructed from the same sentence)', () => {
    const rated = text.replace('has received overall grades of', 'was rated').replace('for ‘Effectiveness’', 'for effectiveness').replace('for ‘Efficiency’', 'for efficiency').replace('for ‘People.’', 'for how it looks after its people.')
    expect(rows(parseReport(rated, {format: 'text'}).report.grades)).toEqual([
      ['isles-of-scilly', 'good', 'effectiveness'],
      ['isles-of-scilly', 'requires-improvement', 'efficiency'],
      ['isles-of-scilly', 'good', 'how it looks after its people']
    ])
  })

  it('a series of grades of an earlier inspection, or given to what no framework grades, grades nothing', () => {
    expect(rows(parseReport(text.replace('Our service has', 'In 2019, our service'), {format: 'text'}).report.grades)).toEqual([])
    expect(rows(parseReport(text.replace('for ‘Effectiveness’', 'for ‘its website’').replace('for ‘Efficiency’', 'for ‘its newsletter’').replace('for ‘People.’', 'for ‘its open day.’'), {format: 'text'}).report.grades)).toEqual([])
  })
})

describe('a stored copy’s date before the first sentence', () => {
  it('“date 2019-09-27 South Yorkshire Police has been assessed as ‘good’ at …”: the date is no part of the subject (peel-2018-19-south-yorkshire-the-star)', () => {
    const text =
      ' date 2019-09-27 South Yorkshire Police has been assessed as ‘good’ at reducing crime and keeping the public safe following an inspection by Her Majesty’s Inspectorate of Constabulary and Fire and Rescue Service.'
    expect(rows(parseReport(text, {format: 'text'}).report.grades)).toEqual([['south-yorkshire', 'good', 'reducing crime and keeping the public safe']])
  })
})

describe('“requiring improvement” after “as” or “be”: the grade, as “requires improvement” is', () => {
  it('areas named as the subject, “were judged as requiring improvement” (responses/kent-panel-peel-2021-22-minutes)', () => {
    const text = 'Kent Police PEEL inspection 2021/22\n\nHe shared his dissatisfaction that investigating crime, responding to the public and managing offenders were judged as requiring improvement.'
    expect(rows(parseReport(text, {format: 'text'}).report.grades)).toEqual([
      ['kent', 'requires-improvement', 'investigating crime'],
      ['kent', 'requires-improvement', 'responding to the public'],
      ['kent', 'requires-improvement', 'managing offenders']
    ])
  })

  it('a quantifier standing alone is no body: “All were rated as requiring improvement.” (responses/westmercia-pcc-peel-2018-19-shropshire-star)', () => {
    expect(rows(parseReport('West Mercia Police\n\nAll were rated as requiring improvement.', {format: 'text'}).report.grades)).toEqual([])
  })
})

describe('“considered” links a grade as “judged” does', () => {
  it('“Isles of Scilly Fire and Rescue Service is considered adequate in understanding fire and emergency risks” (frs-2023-25-isles-of-scilly-fire-safety-journal)', () => {
    const text = 'Despite these factors, Isles of Scilly Fire and Rescue Service is considered adequate in understanding fire and emergency risks.'
    expect(rows(parseReport(text, {format: 'text'}).report.grades)).toEqual([['isles-of-scilly', 'adequate', 'understanding fire and emergency risks']])
  })

  it('“considered” with no grade after it, or a grade that is praise of no area, grades nothing', () => {
    expect(rows(parseReport('Isles of Scilly Fire and Rescue Service is considered a good employer.', {format: 'text'}).report.grades)).toEqual([])
  })
})

describe('a grade in “key areas including …”: the areas after “including”, where the judgement was made left out', () => {
  it('the headline’s “… in key areas including A according to Government report”, then “has been rated as ‘requires improvement’ in key areas including B and A in a Government inspection” (frs-2023-25-bedfordshire-bedford-today)', () => {
    const text = [
      "Bedfordshire Fire and Rescue Service 'requires improvement' in key areas including responding to fires and emergencies according to Government report",
      '',
      'Bedfordshire Fire and Rescue Service has been rated as ‘requires improvement\' in key areas including preventing fire and risk and responding to fire and emergencies in a Government inspection.'
    ].join('\n')
    expect(rows(parseReport(text, {format: 'text'}).report.grades)).toEqual([
      ['bedfordshire', 'requires-improvement', 'responding to fires and emergencies'],
      // "responding to fire and emergencies" is the headline's area again, kept once.
      ['bedfordshire', 'requires-improvement', 'preventing fire and risk']
    ])
  })

  it('“key areas” with no list after it names no area', () => {
    expect(rows(parseReport('Bedfordshire Fire and Rescue Service has been rated as ‘requires improvement\' in key areas.', {format: 'text'}).report.grades)).toEqual([])
  })
})

describe('a fire and rescue service’s “three” areas are its pillars, named nearby or not', () => {
  it('“rated the Service as ‘good’ across all three of its inspection criteria” (frs-2021-cheshire-chester-standard)', () => {
    const text = [
      'ENGLAND’S independent fire and rescue service watchdog has praised Cheshire Fire and Rescue Service’s work to keep communities safe from fire and to create a fair and inclusive workplace.',
      '',
      'In its latest round of inspections, Her Majesty’s Inspectorate of Constabularies and Fire and Rescue Services (HMICFRS) rated the Service as ‘good’ across all three of its inspection criteria.'
    ].join('\n')
    expect(rows(parseReport(text, {format: 'text'}).report.grades)).toEqual([
      ['cheshire', 'good', 'Effectiveness (pillar)'],
      ['cheshire', 'good', 'Efficiency (pillar)'],
      ['cheshire', 'good', 'People (pillar): looking after its people']
    ])
  })

  it('a force’s three areas, with no pillars named, grade nothing: they may be three questions of one pillar', () => {
    const text = 'Merseyside Police has been inspected.\n\nHMICFRS rated the force as ‘good’ across all three of its inspection criteria.'
    expect(rows(parseReport(text, {format: 'text'}).report.grades)).toEqual([])
  })
})

describe('a grade given to an area', () => {
  it('quoted before “where we received”: “… such as ‘ensuring fairness and promoting diversity’, where we received an ‘Adequate’ grading”; “the Service has been recognised as ‘Outstanding’ in …” (a service’s news)', () => {
    expect(page('frs-2023-25-durham-darlington-service-news')).toEqual([
      ['county-durham-and-darlington', 'outstanding', 'their ability to protect the public through fire regulation'],
      ['county-durham-and-darlington', 'adequate', 'ensuring fairness and promoting diversity']
    ])
  })

  it('named as the subject (constructed): “Investigating crime was given a ‘requires improvement’ grade”; not an earlier one, not a sub-topic', () => {
    const title = 'PEEL 2023–2025: An inspection of Kent Police'
    expect(read('Investigating crime was given a ‘requires improvement’ grade.', title)).toEqual([['kent', 'requires-improvement', 'Investigating crime']])
    expect(read('Responding to the public received an ‘inadequate’ rating, the lowest possible.', title)).toEqual([['kent', 'inadequate', 'Responding to the public']])
    expect(read('Investigating crime was given a ‘good’ rating in 2019.', title)).toEqual([])
    expect(read('The new custody suite received a ‘good’ rating.', title)).toEqual([])
    expect(read('The force received a ‘good’ rating on preventing crime.', title)).toEqual([['kent', 'good', 'preventing crime']])
    expect(read('The force received an ‘inadequate’ rating on 11 July.', title)).toEqual([])
  })
})

describe('grades in news prose: forms no tuned page prints, constructed', () => {
  it('a list led in by its grade alone: “The areas graded as good were:”, “Areas rated adequate are:”; an item that names no graded area is not read', () => {
    expect(read('The areas graded as good were:\n\n  • preventing crime\n  • investigating crime', 'PEEL 2023–2025: An inspection of Kent Police')).toEqual([
      ['kent', 'good', 'preventing crime'],
      ['kent', 'good', 'investigating crime']
    ])
    expect(read('Areas rated ‘adequate’ are:\n\n  • responding to the public\n  • the new custody suite', 'PEEL 2023–2025: An inspection of Kent Police')).toEqual([['kent', 'adequate', 'responding to the public']])
    expect(read('The areas graded as good last year were:\n\n  • preventing crime', 'PEEL 2023–2025: An inspection of Kent Police')).toEqual([])
  })

  it('a grade-first list whose areas a semicolon cuts: “Good: preventing crime; investigating crime”', () => {
    expect(read('Kent Police was graded as follows:\n\n  • Good: preventing crime; investigating crime\n  • Adequate: responding to the public', 'PEEL 2023–2025: An inspection of Kent Police')).toEqual([
      ['kent', 'good', 'preventing crime'],
      ['kent', 'good', 'investigating crime'],
      ['kent', 'adequate', 'responding to the public']
    ])
  })

  it('an area put before the clause (“In the area of investigating crime, the force was rated ‘adequate’”), and “told it ‘requires improvement’ in …”', () => {
    const title = 'PEEL 2023–2025: An inspection of Kent Police'
    expect(read('In the area of investigating crime, the force was rated ‘adequate’.', title)).toEqual([['kent', 'adequate', 'investigating crime']])
    expect(read('When it comes to responding to the public, the force was judged ‘inadequate’.', title)).toEqual([['kent', 'inadequate', 'responding to the public']])
    expect(read('Kent Police has been told it ‘requires improvement’ in how it investigates crime.', title)).toEqual([['kent', 'requires-improvement', 'how it investigates crime']])
    expect(read('For the second year running, the force was rated ‘good’ at preventing crime.', title)).toEqual([['kent', 'good', 'preventing crime']])
    expect(read('In 2019, the force was rated ‘good’.', title)).toEqual([])
  })

  it('the grade explained between dashes before its area: “rated ‘good’ – the second highest of four grades – for …”, “… - on all counts”', () => {
    expect(read('Kent Police was rated ‘good’ – the second highest of four grades – for preventing crime.', 'PEEL 2023–2025: An inspection of Kent Police')).toEqual([['kent', 'good', 'preventing crime']])
    expect(read('These are grouped under three main headings - effectiveness, efficiency, and legitimacy; and Kent Police was rated Good - the second-best out of four possible scores - on all counts.')).toEqual([
      ['kent', 'good', 'Effectiveness (pillar)'],
      ['kent', 'good', 'Efficiency (pillar)'],
      ['kent', 'good', 'Legitimacy (pillar)']
    ])
  })

  it('judgements in the past tense with the inspectorate’s verbs, and a list of judgements with quoted grades', () => {
    expect(read('The force was judged ‘inadequate’ at responding to the public.', 'PEEL 2023–2025: An inspection of Kent Police')).toEqual([['kent', 'inadequate', 'responding to the public']])
    expect(read('The force was rated ‘good’ for preventing crime and ‘adequate’ for investigating crime and protecting vulnerable people.', 'PEEL 2023–2025: An inspection of Kent Police')).toEqual([
      ['kent', 'good', 'preventing crime'],
      ['kent', 'adequate', 'investigating crime'],
      ['kent', 'adequate', 'protecting vulnerable people']
    ])
    expect(read('The force was graded ‘outstanding’ for its efficiency, ‘good’ for its effectiveness and legitimacy.')).toEqual([
      ['kent', 'outstanding', 'its efficiency'],
      ['kent', 'good', 'its effectiveness'],
      ['kent', 'good', 'legitimacy']
    ])
  })
})

describe('whose grades: a fire page headed by its joined places', () => {
  it('“Durham and Darlington 2021/22 – …” is County Durham and Darlington Fire and Rescue Service, not Durham Constabulary’s places', () => {
    expect(page('frs-2021-durham-darlington')).toEqual([
      ['county-durham-and-darlington', 'good', 'is effective at keeping people safe and secure from fire and other risks'],
      ['county-durham-and-darlington', 'good', 'is efficient at keeping people safe and secure from fire and other risks'],
      ['county-durham-and-darlington', 'good', 'looks after its people']
    ])
  })
})

describe('grades in news prose: the traps, no grade', () => {
  it('other forces’ grades of an earlier year (“In 2016, South Wales and Gwent police forces were deemed “good” in all areas while North Wales was graded …”); the page’s own, reported (“…, was good at tackling serious and organised crime, …, the report said”), stays', () => {
    expect(page('peel-2016-dyfed-powys-bbc-news')).toEqual([['dyfed-powys', 'good', 'tackling serious and organised crime']])
  })

  it('an earlier report’s grades, explained between dashes: “the previous report that found Wiltshire Police to be ‘Inadequate’ - the lowest possible grading - in A, B and C”', () => {
    expect(page('peel-2023-25-wiltshire-times').filter(([, grade]) => grade === 'inadequate')).toEqual([])
  })

  it('an earlier inspection’s grade, a hope, a count, a count that is not the areas’', () => {
    for (const sentence of [
      'Last year HMICFRS judged the force ‘good’ across the three areas of effectiveness, efficiency and legitimacy.',
      'The force was previously graded ‘good’ across the board for effectiveness, efficiency and legitimacy.',
      'Inspectors previously gave the force a ‘good’ rating for investigating crime.',
      'If inspectors rated the force ‘good’ across the board for effectiveness, efficiency and legitimacy, it would be a first.',
      'The chief constable hopes inspectors will give the force a ‘good’ rating for investigating crime.',
      'It found the force was ‘good’ in four areas.',
      'Four areas graded as good are investigating crime and protecting vulnerable people.',
      'The PEEL (police effectiveness, efficiency and legitimacy) inspection found the force ‘good’ in three areas and ‘adequate’ in six.',
      'HMICFRS rated the force ‘good’ in three areas of police effectiveness, efficiency and legitimacy.'
    ]) {
      expect(read(sentence)).toEqual([])
    }
  })

  it('the scale: “graded ‘outstanding’, ‘good’, ‘requires improvement’ or ‘inadequate’”, also after the pillars are named', () => {
    expect(read('The inspection covers effectiveness, efficiency and legitimacy.\n\nEach is graded ‘outstanding’, ‘good’, ‘requires improvement’ or ‘inadequate’.')).toEqual([])
    expect(read('The inspection covers effectiveness, efficiency and legitimacy and gives each one of four grades: outstanding, good, requires improvement or inadequate.')).toEqual([])
  })

  it('the scale as a grade-first list (“The grades are: • Outstanding – The force has substantially exceeded …”), on the inspectorate’s page', () => {
    expect(page('peel-2023-25-assessments-information-page')).toEqual([])
  })

  it('every area with no pillars named nearby grades nothing: “Kent Police was rated ‘good’ across the board”', () => {
    expect(read('Kent Police was rated ‘good’ across the board.')).toEqual([])
  })

  it('a judgement’s area that is one question (PEEL 2016) is not cut into two: “good at preventing crime and keeping people safe”', () => {
    expect(read('The force is good at preventing crime and keeping people safe.')).toEqual([['kent', 'good', 'preventing crime and keeping people safe']])
  })

  it('another force’s grades stay that force’s', () => {
    expect(read('Neighbouring Surrey Police received ‘Good’ gradings for investigating crime and protecting vulnerable people.').map(([subject]) => subject)).not.toContain('kent')
  })
})

describe('a serial list of areas after one grade, in the writer’s words', () => {
  it('“rated adequate for A, B, C, D, E and F”: one grade an area, the last two cut by the framework’s names (“SYFRS”: initials one service has)', () => {
    expect(page('frs-2023-25-south-yorkshire-europesays-fragment', [gradeSentences])).toEqual([
      ['south-yorkshire', 'adequate', 'understanding the risk of fire and other emergencies'],
      ['south-yorkshire', 'adequate', 'protecting the public through fire regulation'],
      ['south-yorkshire', 'adequate', 'responding to fires and other emergencies'],
      ['south-yorkshire', 'adequate', 'responding to major and multi-agency incidents'],
      ['south-yorkshire', 'adequate', 'getting the right people with the right skills'],
      ['south-yorkshire', 'adequate', 'managing performance and developing leaders']
    ])
  })

  it('“outstanding at A, B, C and D”, “graded good for how it …, B, C and D”, “adequate at A, its B, C; D and E”', () => {
    expect(page('peel-2021-22-west-yorkshire-keighley-news', [gradeSentences])).toEqual([
      ['west-yorkshire', 'outstanding', 'preventing crime and anti-social behaviour'],
      ['west-yorkshire', 'outstanding', 'treating the public with fairness and respect'],
      ['west-yorkshire', 'outstanding', 'disrupting serious and organised crime'],
      ['west-yorkshire', 'outstanding', 'providing value for money'],
      ['west-yorkshire', 'good', 'how it responds to the public'],
      ['west-yorkshire', 'good', 'protecting vulnerable people'],
      ['west-yorkshire', 'good', 'managing offenders and suspects'],
      ['west-yorkshire', 'good', 'supporting its workforce']
    ])
    expect(page('peel-2021-22-warwickshire-warwickshireworld-news', [gradeSentences]).slice(0, 5)).toEqual([
      ['warwickshire', 'adequate', 'preventing crime'],
      ['warwickshire', 'adequate', 'its treatment of the public'],
      ['warwickshire', 'adequate', 'protecting vulnerable people'],
      ['warwickshire', 'adequate', 'developing a positive workplace'],
      ['warwickshire', 'adequate', 'making good use of resources']
    ])
  })

  it('traps: a question’s own words, a name in another order, a concession, a sub-topic, a second judgement', () => {
    // PEEL 2016's question "How effective is the force at preventing crime, tackling anti-social behaviour and keeping people safe?"
    expect(read('Kent Police is good at preventing crime, tackling anti-social behaviour and keeping people safe.')).toEqual([
      ['kent', 'good', 'preventing crime, tackling anti-social behaviour and keeping people safe']
    ])
    // "Strategic planning, organisational management and value for money", reordered.
    expect(read('Kent Police was graded as ‘Outstanding’ in value for money, strategic planning and organisational management.')).toHaveLength(1)
    // What follows "although" is no grade of the list.
    expect(read('Kent Police is good at preventing crime, although it should do better at managing offenders and protecting vulnerable people.').map(([, grade]) => grade)).toEqual(['good'])
    // A sub-topic spoils the list: no area of it is read as graded on its own.
    expect(read('Kent Police is good at preventing crime, keeping victims updated and responding to the public.').length).toBeLessThan(3)
    // "; it is judged to require improvement …": a judgement of its own, not an area of the list.
    expect(read('The force is judged to be good in its understanding of demand; it is judged to require improvement for its use of resources.')).toEqual([
      ['kent', 'good', 'its understanding of demand'],
      ['kent', 'requires-improvement', 'its use of resources']
    ])
  })
})

describe('news prose about this and the last inspection', () => {
  it('“rated the county force ‘Good’ in …, and ‘Adequate’ at A, B and C”; “… in A, B, C and D, which were all judged to ‘Require Improvement’”; “It was also found …” after the previous report is that report’s', () => {
    expect(page('peel-2023-25-wiltshire-times', [gradeSentences])).toEqual([
      ['wiltshire', 'good', 'preventing and deterring crime and anti-social behaviour'],
      ['wiltshire', 'good', 'managing suspects'],
      ['wiltshire', 'adequate', 'recording data about crime'],
      ['wiltshire', 'adequate', 'leadership and force management'],
      ['wiltshire', 'adequate', 'building and supporting the workforce'],
      // All four areas before ", which were all judged …" are read, each its own ("respect" and
      // "responding" share four letters, and a fifth tells them apart).
      ['wiltshire', 'requires-improvement', 'treating the public fairly and with respect'],
      ['wiltshire', 'requires-improvement', 'responding to the public'],
      ['wiltshire', 'requires-improvement', 'investigating crime'],
      ['wiltshire', 'requires-improvement', 'protecting vulnerable people']
    ])
  })

  it('traps: “which were judged …” after areas said of an earlier inspection; “It was also …” after a sentence about this one', () => {
    expect(read('In 2019 work was needed in responding to the public and investigating crime, which were all judged to ‘require improvement’.')).toEqual([])
    expect(read('Kent Police was graded good at investigating crime. It was also found to be good at responding to the public.')).toEqual([
      ['kent', 'good', 'investigating crime'],
      ['kent', 'good', 'responding to the public']
    ])
    expect(read('This follows the previous report, which judged the force inadequate.\n\nIt was also found to be ‘inadequate’ at responding to the public.')).toEqual([])
  })
})

describe('a lead-in printed without its colon', () => {
  it('“Inspectors said the Force is” then items “‘good’ at …”, “is ‘good’ at …”', () => {
    expect(page('peel-2017-humberside-effectiveness-police-federation', [gradeSentences])).toEqual([
      ['humberside', 'good', 'preventing crime and tackling anti-social behaviour'],
      ['humberside', 'requires-improvement', 'investigating crime and reducing re-offending'],
      ['humberside', 'requires-improvement', 'protecting vulnerable people'],
      ['humberside', 'good', 'tackling serious and organised crime']
    ])
  })

  it('traps: items that open with no grade, a lead-in in someone else’s words', () => {
    expect(read('Inspectors said the Force is\n\n- working hard to improve investigating crime\n- better at protecting vulnerable people\n')).toEqual([])
    expect(read('The federation said the Force is\n\n- ‘good’ at preventing crime\n')).toEqual([])
  })
})

describe('a list whose bullets the copy lost', () => {
  it('“Inspectors found the service requires improvement to:” then the questions a line each, read as headings and paragraphs', () => {
    expect(page('frs-2018-east-sussex-bbc-copy', [gradeSentences]).filter(([, grade]) => grade === 'requires-improvement')).toEqual([
      ['east-sussex', 'requires-improvement', 'Its understanding of the risk of fire and other emergencies'],
      ['east-sussex', 'requires-improvement', 'The way it prevents fires and other risks'],
      ['east-sussex', 'requires-improvement', 'How it protects the public through fire regulation'],
      ['east-sussex', 'requires-improvement', 'The way it looks after its workforce']
    ])
  })

  it('traps: a sentence after the lead-in, a line naming no graded area ends the list', () => {
    const lead = 'Kent Fire and Rescue Service\n\nInspectors found the service requires improvement to:\n\n'
    expect(read(`${lead}The way it prevents fires needs work. It has a plan.\n`, 'Kent Fire and Rescue Service')).toEqual([])
    expect(read(`${lead}Its culture\n\nThe way it prevents fires and other risks\n`, 'Kent Fire and Rescue Service')).toEqual([])
  })
})

describe('a serial list holding one question in two pieces', () => {
  it('“good at reducing crime, keeping people safe, protecting vulnerable people and …”: the first two are the effectiveness question’s words, one area', () => {
    expect(page('peel-2018-19-lancashire-force-page', [gradeSentences]).map(([, grade, area]) => [grade, area])).toEqual([
      ['outstanding', 'efficiency'],
      ['good', 'reducing crime, keeping people safe'],
      ['good', 'protecting vulnerable people'],
      ['good', 'treating our staff and communities with fairness']
    ])
  })
})

describe('a grade given to the verb’s object with “as”', () => {
  it('“The … (PEEL) report from … (HMICFRS) graded Wiltshire Police as ‘inadequate’ in its approach to A, its ability to B and its ability to C”', () => {
    expect(page('peel-2021-22-wiltshire-police-force-update-page', [gradeSentences])).toEqual([
      ['wiltshire', 'inadequate', 'its approach to strategic planning'],
      ['wiltshire', 'inadequate', 'its ability to respond to the public'],
      ['wiltshire', 'inadequate', 'its ability to protect vulnerable people']
    ])
  })

  it('traps: an earlier inspection’s, a hope', () => {
    expect(read('In 2019 the previous report graded Kent Police as ‘inadequate’ in its approach to strategic planning and its ability to respond to the public.')).toEqual([])
    expect(read('The force hopes HMICFRS will have graded Kent Police as ‘good’ in its ability to respond to the public.')).toEqual([])
  })
})

describe('items whose lead-in the copy lost', () => {
  it('“• is ‘good’ at effectively reducing crime …; • ‘requires improvement’ at how legitimately it treats …”: the page’s own subject', () => {
    expect(page('peel-2018-19-group-1-press-releases', [gradeSentences]).slice(0, 3)).toEqual([
      ['city-of-london', 'good', 'effectively reducing crime and keeping people safe'],
      ['city-of-london', 'good', 'operating efficiently and providing sustainable services to the public'],
      ['city-of-london', 'requires-improvement', 'how legitimately it treats the public and its workforce']
    ])
  })

  it('traps: the grade not in the inspectorate’s quotes, a part of an area, a sub-topic', () => {
    const title = 'PEEL 2018/19 – Kent Police'
    expect(read('Kent Police\n\n- is good at effectively reducing crime and keeping people safe;\n', title)).toEqual([])
    expect(read('Kent Police\n\n- is ‘good’ at preventing crime in some areas;\n', title)).toEqual([])
    expect(read('Kent Police\n\n- is ‘good’ at keeping complainants updated;\n', title)).toEqual([])
  })
})

describe('grades in news prose: the inspection and inspectorate that gave the grade close the area', () => {
  it('“graded as ‘Outstanding’ for legitimacy in an annual assessment by Her Majesty’s Inspectorate of Constabulary and Fire & Rescue Service”: a force, one pillar', () => {
    expect(page('peel-2017-legitimacy-kent-isle-of-thanet-news')).toEqual([['kent', 'outstanding', 'legitimacy']])
  })

  it('“rated inadequate for preventing fires by Her Majesty\'s Inspectorate …”: the area ends before “by”', () => {
    expect(page('frs-2021-22-norfolk-bbc-inadequate-preventing').filter((row) => row[1] === 'inadequate')).toEqual([['norfolk', 'inadequate', 'preventing fires']])
  })
  it('“Gwent and South Wales Police have been judged as good in annual “legitimacy” assessments”: two forces sharing one ending, each graded for the pillar the inspection is named by', () => {
    // The headline's bare judgement ("Dyfed-Powys and North Wales Police 'require improvement'") is
    // the pillar's the page's assessments are about.
    expect(page('peel-2016-legitimacy-wales-bbc')).toEqual([
      ['dyfed-powys', 'requires-improvement', 'legitimacy'],
      ['north-wales', 'requires-improvement', 'legitimacy'],
      ['gwent', 'good', 'legitimacy'],
      ['south-wales', 'good', 'legitimacy']
    ])
  })
})

describe('grades in news prose: the inspectorate’s inspectors report its words', () => {
  // frs-2018-dorset-wiltshire-dorset-echo: "HMICFRS inspectors found DWFRS was good at …" reports the
  // inspectorate as "HMICFRS found" does, so its past tense links the grade; a bare "was good" does not.
  const excerpt = 'HMICFRS inspectors found DWFRS was good at keeping people safe, preventing fires and other risks, protecting the public through fire regulation, responding to emergencies, and responding to national risks.'
  it('“HMICFRS inspectors found DWFRS was good at A, B, … and E”: one grade per area', () => {
    expect(rows(parseReport(excerpt, {format: 'text'}).report.grades)).toEqual([
      ['dorset-and-wiltshire', 'good', 'keeping people safe'],
      ['dorset-and-wiltshire', 'good', 'preventing fires and other risks'],
      ['dorset-and-wiltshire', 'good', 'protecting the public through fire regulation'],
      ['dorset-and-wiltshire', 'good', 'responding to emergencies'],
      ['dorset-and-wiltshire', 'good', 'responding to national risks']
    ])
  })
  it('the same list with no reporting verb is no grade', () => {
    expect(rows(parseReport(excerpt.replace('HMICFRS inspectors found ', ''), {format: 'text'}).report.grades)).toEqual([])
  })
  it('“was also rated good when it came to A, B and C”: the areas after “when it came to”', () => {
    const line = 'Dorset & Wiltshire Fire and Rescue Service was also rated good when it came to looking after its staff, promoting diversity and developing leaders.'
    expect(rows(parseReport(line, {format: 'text'}).report.grades)).toEqual([
      ['dorset-and-wiltshire', 'good', 'looking after its staff'],
      ['dorset-and-wiltshire', 'good', 'promoting diversity'],
      ['dorset-and-wiltshire', 'good', 'developing leaders']
    ])
  })
})

// A news or service page's grade of its body with no area: the body's overall grade, as the tuned
// gold labels it (frs-2018-19-norfolk-edp24-*, frs-2021-22-tyne-wear-big-red-guide, frs-2021-22-tyne-and-wear-sunderland-echo).
describe('a body graded with no area: its overall grade', () => {
  const plain = (text: string) => rows(parseReport(text, {format: 'text'}).report.grades)
  it('“was rated as requiring improvement in its first ever inspection by …”: the inspection and the inspectorate are not areas', () => {
    expect(
      plain(
        "Norfolk Fire and Rescue Service was rated as requiring improvement in its first ever inspection by Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services."
      )
    ).toEqual([['norfolk', 'requires-improvement', 'overall']])
  })
  it('“after the Service was rated as ‘Good’ by Her Majesty’s Inspectorate …”: “after” opens the clause; “the Service” is the page’s body', () => {
    expect(
      plain(
        'The staff at Tyne and Wear Fire and Rescue Service (TWFRS) has been praised, after inspectors rated the service as one of the top performing in the country.\n\nTyne and Wear’s most senior fire officer has praised firefighters and fire staff after the Service was rated as ‘Good’ by Her Majesty’s Inspectorate for Constabulary and Fire and Rescue Services (HMICFRS).'
      )
    ).toEqual([['tyne-and-wear', 'good', 'overall']])
  })
  it('a page’s date line read as a heading opens no section; “the Tyne and Wear Fire and Rescue Service” is one name', () => {
    expect(
      plain(
        '28 Jul 2022\n\nIt is the second inspection in a row that the Tyne and Wear Fire and Rescue Service has been graded ‘Good’, re-affirming their position as one of the best performing fire and rescue services.'
      )
    ).toEqual([['tyne-and-wear', 'good', 'overall']])
  })
  it('not “looks after its people”: the area of a fire question stays whole', () => {
    expect(plain('The extent to which the service looks after its people requires improvement.')).toEqual([['the service', 'requires-improvement', 'looks after its people']])
  })
})
