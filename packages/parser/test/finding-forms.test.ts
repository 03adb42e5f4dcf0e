import {readFileSync} from 'node:fs'
import type {Finding, HistoricalFinding} from '@scrutiny/schema'
import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'
import type {InputFormat} from '../src/index.js'

// The forms causes of concern, recommendations, areas for improvement and practices take across the
// genre (boxes, headings, lead-ins, letters quoting what they revisit, register entries), each on a
// real page of the tuned part where one holds it and on a small constructed case, with its traps.

const fixtures = new URL('../../../fixtures/', import.meta.url)

/** A corpus page (tuned part) without its fixture header, segment separators blanked, and its title. */
function corpus(name: string): {text: string; title: string} {
  const raw = readFileSync(new URL(`corpus/reports/${name}.txt`, fixtures), 'utf8')
  const title = /^title:\s*(.*)$/m.exec(raw)![1]!
  return {text: raw.slice(raw.indexOf('\n---\n') + 5).replace(/^=== segment .*$/gm, ''), title}
}

const read = (text: string, format: InputFormat = 'text', title?: string) => parseReport(text, {format, ...(title ? {title} : {})})
const kindAndText = (finding: Finding | HistoricalFinding) => [finding.kind, finding.text]

describe('causes of concern and their recommendations', () => {
  it('a register entry: the cause that calls itself one ("… is a cause of concern to HMIC."), its recommendations run into one list item, the progress comment none', () => {
    const {text, title} = corpus('coc-progress-hampshire-register-2016')
    const {report, messages} = read(text, 'text', title)
    expect(report.findings.map(kindAndText)).toEqual([
      [
        'cause-of-concern',
        'The force’s current approach to domestic abuse is unacceptable. The proportion of victims who fail to support the investigation and the low use of police powers of arrest and prosecution is a cause of concern to HMIC.'
      ],
      [
        'recommendation',
        'In order to improve the service it provides to victims of domestic abuse, offer the best possible protection and bring more perpetrators to justice, the force should immediately consider ways of increasing the use of arrest, ancillary orders and other available powers.'
      ],
      [
        'recommendation',
        'To improve the service provided to victims of domestic abuse the force should immediately take steps to understand and address the reason behind why such a high proportion of victims of domestic abuse do not support the police investigation.'
      ],
      ['recommendation', 'In addition, the practice of conducting domestic abuse risk assessments over the telephone and dealing with domestic abuse in the resolution centre should cease']
    ])
    const [, first] = report.findings
    // Each item's position is its own span of the one list item, without its bullet.
    expect(text.slice(first!.position.start.offset, first!.position.end.offset)).toBe(first!.text)
    expect(report.findings.slice(1).every((finding) => finding.kind === 'recommendation' && finding.causeOfConcern === 'cause-of-concern-1')).toBe(true)
    expect(messages.map((message) => message.ruleId)).toEqual(['truncated-finding'])
  })

  it('a paragraph explaining causes of concern is none; one that ends by calling itself one is', () => {
    const explained = read('Kent Police PEEL 2016\n\nCause of concern\n\nIf our inspection identifies a serious shortcoming, it will be reported as a cause of concern.\n\nThe force does not protect missing children well enough.\n\nRecommendation\n\nWithin three months, the force should review its approach to missing children.\n')
    expect(explained.report.findings.map(kindAndText)).toEqual([
      ['cause-of-concern', 'The force does not protect missing children well enough.'],
      ['recommendation', 'Within three months, the force should review its approach to missing children.']
    ])
    const stated = read('Kent Police PEEL 2016\n\nCause of concern\n\nThe force’s approach to missing children is a cause of concern.\n\nRecommendation\n\nWithin three months, the force should review its approach to missing children.\n')
    expect(stated.report.findings.map(kindAndText)[0]).toEqual(['cause-of-concern', 'The force’s approach to missing children is a cause of concern.'])
    const opened = read('Kent Police PEEL 2015\n\nCause of concern\n\nHMIC has a cause of concern about the force’s approach to missing children. It does not assess their risk.\n\nRecommendation\n\nWithin three months, the force should review its approach to missing children.\n')
    expect(opened.report.findings.map(kindAndText)[0]).toEqual(['cause-of-concern', 'HMIC has a cause of concern about the force’s approach to missing children. It does not assess their risk.'])
  })

  it('"To address this cause of concern, HMIC recommends that, within three months, the force:" introduces recommendations, not causes', () => {
    const {report} = read(
      'Kent Police PEEL 2016\n\nCause of concern\n\nHMIC is concerned that the force does not respond quickly enough to vulnerable victims.\n\nTo address this cause of concern, HMIC recommends that, within three months, the force:\n\n• reviews its call grading policy;\n• improves its supervision of calls.\n'
    )
    expect(report.findings.map(kindAndText)).toEqual([
      ['cause-of-concern', 'HMIC is concerned that the force does not respond quickly enough to vulnerable victims.'],
      ['recommendation', 'reviews its call grading policy;'],
      ['recommendation', 'improves its supervision of calls.']
    ])
  })

  it('a recommendation box ends at a paragraph that opens as an account of progress, whatever "should" it holds', () => {
    const {report} = read(
      'Kent Fire and Rescue Service inspection 2022\n\nCause of concern\n\nThe service doesn’t have an effective system for understanding risk.\n\nRecommendations\n\nBy 30 June 2022, the service should put in place a system for understanding risk.\n\nWe carried out our first revisit in September 2022. The service should now make sure its plan is funded.\n\nYou submitted an action plan in July 2022 which showed the service should finish by March.\n'
    )
    expect(report.findings.map(kindAndText)).toEqual([
      ['cause-of-concern', 'The service doesn’t have an effective system for understanding risk.'],
      ['recommendation', 'By 30 June 2022, the service should put in place a system for understanding risk.']
    ])
  })

  it('a cause listed in short that no statement in full replaces is kept, with a message', () => {
    const {report, messages} = read(
      'Kent Police causes of concern\n\nWe have issued two accelerated causes of concern to Kent Police as a result of its failure to:\n\n• respond to calls; and\n• investigate crime.\n\nCause of concern\n\nThe force needs to improve how it responds to calls.\n\nRecommendations\n\nThe force should immediately:\n\n• review its call handling.\n'
    )
    expect(report.findings.map(kindAndText)).toEqual([
      ['cause-of-concern', 'investigate crime.'],
      ['cause-of-concern', 'The force needs to improve how it responds to calls.'],
      ['recommendation', 'review its call handling.']
    ])
    expect(messages.map((message) => [message.ruleId, message.line])).toEqual([['cause-summary-only', 6]])
  })
})

describe('a cause listed in short after its statement in full', () => {
  it('is the same cause when it shares most of its words with the statement: one finding, not two; a cause listed only in short stays, with its message', () => {
    const {report, messages} = read(
      'Kent Police causes of concern\n\nCause of concern\n\nThe force doesn’t answer emergency calls quickly enough.\n\nRecommendations\n\nThe force should immediately review its call handling.\n\nIn summary, we have issued two accelerated causes of concern to Kent Police as a result of its failure to:\n\n• answer emergency calls quickly enough; and\n• supervise investigations effectively.\n'
    )
    expect(report.findings.map(kindAndText)).toEqual([
      ['cause-of-concern', 'The force doesn’t answer emergency calls quickly enough.'],
      ['recommendation', 'The force should immediately review its call handling.'],
      ['cause-of-concern', 'supervise investigations effectively.']
    ])
    expect(messages.map((message) => [message.ruleId, message.line])).toEqual([['cause-summary-only', 14]])
  })
})

describe('labels and headings', () => {
  it('a box heading naming its topic after a dash ("Accelerated cause of concern – Responding to the public")', () => {
    const {report} = read('Kent Police PEEL 2023\n\nAccelerated cause of concern – Responding to the public\n\nThe force doesn’t answer calls quickly enough.\n\nRecommendations\n\nWithin three months, the force should review its call handling.\n')
    expect(report.findings.map(kindAndText)).toEqual([
      ['cause-of-concern', 'The force doesn’t answer calls quickly enough.'],
      ['recommendation', 'Within three months, the force should review its call handling.']
    ])
    expect(report.findings[0]!.section).toEqual(['Accelerated cause of concern – Responding to the public'])
  })

  it('an unnumbered label and its finding on one line ("Area for improvement: The service should …."), not a heading', () => {
    const {report} = read('Kent Fire and Rescue Service 2023\n\nPreventing fires\n\nArea for improvement: The service should make sure it targets its prevention work at the people most at risk.\n\nThe service has a good prevention strategy.\n\nRecommendation – By 31 March 2024, the service should review its prevention work.\n')
    expect(report.findings.map(kindAndText)).toEqual([
      ['area-for-improvement', 'The service should make sure it targets its prevention work at the people most at risk.'],
      ['recommendation', 'By 31 March 2024, the service should review its prevention work.']
    ])
    const recommendation = report.findings[1]!
    expect(recommendation.kind === 'recommendation' && recommendation.deadline).toBe('2024-03-31')
  })
})

describe('revisit and progress letters: what they quote is history', () => {
  it('trap: the lead-in a letter repeats for each cause ("Within 28 days, the service should provide an action plan which shows how it will:"), cut off by the page, is no recommendation', () => {
    const {text, title} = corpus('coc-revisit-gloucestershire-frs-2025-03')
    const {report} = read(text, 'text', title)
    expect(report.findings).toEqual([])
    const history = report.history!.map(kindAndText)
    expect(history.map(([kind]) => kind)).toEqual(['cause-of-concern', 'recommendation', 'recommendation', 'recommendation', 'cause-of-concern'])
    expect(history.at(-1)).toEqual(['cause-of-concern', 'The service hasn’t done enough since our last inspection to embed its values and associated behaviours and promote a positive workplace culture.'])
    // A cut-off sentence that opens no earlier lead-in is still read as printed.
    const lone = read('Kent Fire and Rescue Service cause of concern revisit\n\nRecommendations\n\nWithin 28 days, the service should make sure it has enough staff to\n')
    expect(lone.report.history!.map(kindAndText)).toEqual([['recommendation', 'Within 28 days, the service should make sure it has enough staff to']])
  })

  it('a letter quoting its cause after "Our inspection found:" and listing "We made the following recommendations:"; a paragraph that speaks of causes is none', () => {
    const {text, title} = corpus('coc-revisit-greater-manchester-2022-10')
    const {report} = read(text, 'text', title)
    expect(report.findings).toEqual([])
    expect(report.history!.map(kindAndText)).toEqual([
      [
        'cause-of-concern',
        'Greater Manchester Police is failing to respond appropriately to some people who are vulnerable and at risk. This means that it is missing some opportunities to safeguard victims and secure evidence at the scene. This enduring service failure has given cause for concern about public safety in Greater Manchester.'
      ],
      [
        'recommendation',
        'The force should immediately develop a plan to promptly improve its capability and capacity to deploy resources to incidents assessed as requiring either an immediate (within 15 minutes) or prompt (within an hour) police response.'
      ],
      [
        'recommendation',
        'Within three months, the force should review its graded response policy, escalation policy and quality of THRIVE risk assessment to support its ability to provide an appropriate response to vulnerability and risk.'
      ],
      [
        'recommendation',
        'Within three months, the force should review and implement a command-and-control system which is able properly to identify and allocate resources in a timely manner to'
      ]
    ])
  })

  it('"we said:" then the quoted cause, and "We recommended that:" then each recommendation quoted in its own paragraph', () => {
    const {report} = read(
      'Kent Fire and Rescue Service: Cause of concern revisit letter\n\nBackground\n\nIn our 2021 inspection report, we said:\n\n“The service doesn’t have an effective system for understanding risk.”\n\nWe recommended that:\n\n“By 30 June 2022, the service should put in place a system for understanding risk.”\n\nProgress\n\nThe service has put a system in place.\n'
    )
    expect(report.findings).toEqual([])
    expect(report.history!.map(kindAndText)).toEqual([
      ['cause-of-concern', 'The service doesn’t have an effective system for understanding risk.'],
      ['recommendation', 'By 30 June 2022, the service should put in place a system for understanding risk.']
    ])
  })

  it('a quotation in a block quote, without quotation marks', () => {
    const {report} = read(
      '# Kent Fire and Rescue Service: Cause of concern revisit letter\n\n## Background\n\nIn our 2022 inspection, we found:\n\n> The service does not have enough fire protection staff.\n\nWe made the following recommendation:\n\n> By 31 March 2023, the service should review its protection workforce.\n\n## Progress\n\nThe service has made progress.\n',
      'markdown'
    )
    expect(report.history!.map(kindAndText)).toEqual([
      ['cause-of-concern', 'The service does not have enough fire protection staff.'],
      ['recommendation', 'By 31 March 2023, the service should review its protection workforce.']
    ])
  })

  it('a cause and a recommendation quoted under their headings are read without their quotation marks', () => {
    const {report} = read('Kent Police: PEEL cause of concern revisit letter\n\nCause of concern\n\n“The force is not responding to calls quickly enough.”\n\nRecommendations\n\nWithin three months, the force should:\n\n• review its call handling.\n')
    expect(report.history!.map(kindAndText)).toEqual([
      ['cause-of-concern', 'The force is not responding to calls quickly enough.'],
      ['recommendation', 'review its call handling.']
    ])
    const letter = 'Kent Fire and Rescue Service: Cause of concern progress letter\n\nCause of concern\n\n“The service hasn’t made enough progress.”\n\nRecommendation\n\n“By 31 March 2023, the service should make sure that its prevention work is risk based.”\n'
    const [, recommendation] = read(letter).report.history!
    expect(kindAndText(recommendation!)).toEqual(['recommendation', 'By 31 March 2023, the service should make sure that its prevention work is risk based.'])
    expect(letter.slice(recommendation!.position.start.offset, recommendation!.position.end.offset)).toBe(recommendation!.text)
  })

  it('trap: a news release quoting an inspector after "said:" quotes no finding', () => {
    const {report} = read('Kent Police PEEL 2023\n\nHM Inspector Roy Wilsher said:\n\n“The force has improved, but it needs to answer calls more quickly.”\n')
    expect([report.findings, report.history]).toEqual([[], undefined])
  })
})

describe('negative pages: no finding', () => {
  it('an Engage exit letter whose causes lead-in lost its list, and whose next paragraph goes on with the letter', () => {
    const {text, title} = corpus('engage-exit-metropolitan-2025-01')
    const {report} = read(text, 'text', title)
    expect([report.findings, report.history]).toEqual([[], undefined])
  })

  it('counts of findings, topics of causes without their wording, and praise naming innovative practice', () => {
    const {report} = read(
      'Kent Police PEEL 2023\n\nSummary\n\nWe found two causes of concern and made six recommendations. We also identified nine areas for improvement.\n\nThe force is ambitious and wants to be at the forefront of innovative practice.\n\nWe found two examples of promising practice, in its work with schools and in its use of drones.\n\nHMICFRS highlighted two areas of promising practice: our collaboration with the university and our drones.\n'
    )
    expect([report.findings, report.history]).toEqual([[], undefined])
  })
})

describe('a recommendation a news item words in apposition', () => {
  it('"made one recommendation to address a key cause of concern - that the force must ensure … -": the "that" clause, whole, to the closing dash', () => {
    const {text, title} = corpus('custody-cheshire-2018-alderley-edge-news')
    const {report, messages} = read(text, 'text', title)
    const recommendations = report.findings.filter((finding) => finding.kind === 'recommendation')
    const words = 'that the force must ensure that all its practices comply with the Police and Criminal Evidence and its codes of practice'
    expect(recommendations.map(kindAndText)).toEqual([['recommendation', words]])
    expect(text.slice(recommendations[0]!.position.start.offset, recommendations[0]!.position.end.offset)).toBe(words)
    // Closed by its dash, not cut off: only the cause quoted at the page's end is.
    expect(messages.filter((message) => message.ruleId === 'truncated-finding').map((message) => message.reason)).toEqual([
      'Unexpected end of cause-of-concern `There were also some notable areas where the force did no…` mid-sentence, expected it to end with punctuation'
    ])
  })

  it('to the sentence’s end after a colon; trap: an earlier report’s, one demanding nothing, and "recommendations that relate to …" give none', () => {
    const colon = read('Kent Police custody inspection\n\nInspectors made one recommendation: that the force should review its use of force.\n')
    expect(colon.report.findings.map(kindAndText)).toEqual([['recommendation', 'that the force should review its use of force.']])
    for (const paragraph of [
      'In 2019 we made one recommendation - that the force should review its use of force - and it has done so.',
      'Inspectors made one recommendation - that staff training is reviewed - and noted good practice.',
      'The force has completed all of the recommendations that relate to investigations and it should now improve further.'
    ]) {
      expect(read(`Kent Police custody inspection\n\n${paragraph}\n`).report.findings).toEqual([])
    }
  })
})

describe('national recommendations', () => {
  it('a register entry: "Not later than 31 March 2015 those forces … should …", a deadline with no comma after it', () => {
    const {text, title} = corpus('thematic-core-business-2014-register')
    const {report} = read(text, 'text', title)
    expect(report.findings.map((finding) => finding.kind === 'recommendation' && [finding.text, finding.deadline])).toEqual([
      [
        'Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.',
        '2015-03-31'
      ]
    ])
  })

  it('"By 31 March 2025 chief constables should …": the addressee after a deadline with no comma', () => {
    const {report} = read('Thematic inspection of vetting 2024\n\nConclusions\n\nBy 31 March 2025 chief constables should review their vetting decisions.\n')
    const [finding] = report.findings
    expect(finding?.kind === 'recommendation' && [finding.addressees, finding.deadline]).toEqual([[{kind: 'chief-constables', name: 'chief constables'}], '2025-03-31'])
  })
})

describe('innovative and promising practice: each read once, its description with its position', () => {
  const description = 'The force uses drones to search for missing people in rural areas.'
  const expectOne = (text: string, format: InputFormat, kind: Finding['kind']) => {
    const {report} = read(text, format)
    expect(report.findings.map(kindAndText)).toEqual([[kind, description]])
    const [finding] = report.findings
    if (format !== 'html') expect(text.slice(finding!.position.start.offset, finding!.position.end.offset)).toBe(description)
    return finding!
  }

  it('a box heading and its title in one ("Innovative practice: Using drones to find missing people"), as a bare line, a Markdown heading and a bold line', () => {
    const body = `\n\n${description}\n\nThe drones have found 12 people this year.\n`
    expect(expectOne(`Kent Police PEEL 2023\n\nInnovative practice: Using drones to find missing people${body}`, 'text', 'innovative-practice').section).toEqual([
      'Innovative practice: Using drones to find missing people'
    ])
    expectOne(`# Kent Police PEEL 2023\n\n### Promising practice – Using drones to find missing people${body}`, 'markdown', 'promising-practice')
    expectOne(`# Kent Police PEEL 2023\n\n**Innovative practice: Using drones to find missing people**${body}`, 'markdown', 'innovative-practice')
  })

  it('a box whose title is a bold paragraph or a deeper heading, in Markdown and HTML', () => {
    const paragraphs = `<p>${description}</p><p>The drones have found 12 people this year.</p>`
    expectOne(`# Kent Police PEEL 2023\n\n### Innovative practice\n\n**Using drones to find missing people**\n\n${description}\n\nThe drones have found 12 people this year.\n`, 'markdown', 'innovative-practice')
    expectOne(`<h1>Kent Police PEEL 2023</h1><h3>Innovative practice</h3><p><strong>Using drones to find missing people</strong></p>${paragraphs}<h2>Next</h2><p>Other.</p>`, 'html', 'innovative-practice')
    expectOne(`<h1>Kent Police PEEL 2023</h1><h3>Promising practice</h3><h4>Using drones to find missing people</h4>${paragraphs}<h2>Next</h2><p>Other.</p>`, 'html', 'promising-practice')
  })

  it('a sentence naming a practice found ("We found some innovative practice in …."), then its title and description; the label on the practice’s own line', () => {
    expectOne(`Kent Police PEEL 2023\n\nWe found some innovative practice in how the force finds missing people.\n\nUsing drones to find missing people\n\n${description}\n\nOther text follows here and is long enough to be prose.\n`, 'text', 'innovative-practice')
    expectOne(`Kent Police PEEL 2023\n\nInvestigating crime\n\nInnovative practice: ${description}\n\nThe drones have found 12 people this year.\n`, 'text', 'innovative-practice')
    expectOne(`# Kent Police PEEL 2023\n\n**Promising practice:** ${description}\n\nThe drones have found 12 people this year.\n`, 'markdown', 'promising-practice')
  })

  it('trap: a sentence naming a practice with no title after it opens nothing, and says nothing of an empty box; nor does one followed by a graded area’s heading', () => {
    const {report, messages} = read('Kent Police PEEL 2023\n\nWe found some innovative practice in how the force finds missing people.\n\nThe force is good at investigating crime and it supervises its investigations well.\n')
    expect([report.findings, messages]).toEqual([[], []])
    const chapter = read('Kent Police PEEL 2023\n\nWe found some innovative practice in how the force finds missing people.\n\nResponding to the public\n\nThe force answers emergency calls quickly.\n')
    expect([chapter.report.findings, chapter.messages]).toEqual([[], []])
  })

  it('trap: boxes empty on purpose ("None.", "We didn’t find any innovative practice.") give no finding, only a message each; an introduction in a practice box is none', () => {
    const {report, messages} = read(
      'Kent Police PEEL 2023\n\nCauses of concern\n\nNone.\n\nAreas for improvement\n\nWe didn’t identify any areas for improvement.\n\nInnovative practice\n\nWe didn’t find any innovative practice.\n\nPromising practice\n\nNone identified.\n'
    )
    expect(report.findings).toEqual([])
    expect(messages.map((message) => message.ruleId)).toEqual(['empty-finding-section', 'empty-finding-section', 'empty-finding-section', 'empty-finding-section'])
    const introduced = read(`Kent Police PEEL 2023\n\nPromising practice\n\nWe found the following promising practice in the force.\n\nUsing drones to find missing people\n\n${description}\n`)
    expect(introduced.report.findings.map(kindAndText)).toEqual([['promising-practice', description]])
  })

  it('a practice described after the sentence naming it, in the same paragraph ("We found an example of promising practice: …", "We found some innovative practice. The force …")', () => {
    expectOne(`Kent Police PEEL 2023\n\nInvestigating crime\n\nWe found an example of promising practice: ${description}\n\nResponding to the public\n\nThe force answers calls quickly.\n`, 'text', 'promising-practice')
    expectOne(`Kent Police PEEL 2023\n\nWe found some innovative practice in how the force finds missing people. ${description}\n\nThe force is good at investigating crime.\n`, 'text', 'innovative-practice')
    expectOne(`<h1>Kent Police PEEL 2023</h1><p>Inspectors also saw an example of innovative practice. ${description}</p><p>Other text.</p>`, 'html', 'innovative-practice')
  })

  it('trap: the same sentence said of an earlier inspection, or naming a practice in passing, gives no practice', () => {
    for (const paragraph of [`In our 2019 inspection, we found some innovative practice. ${description}`, `The force wants to be at the forefront of innovative practice. ${description}`]) {
      expect(read(`Kent Police PEEL 2023\n\n${paragraph}\n\nThe force is good at investigating crime.\n`).report.findings).toEqual([])
    }
  })

  it('a bold label closed before the practice ("**Innovative practice** The force …"), or holding its title ("**Innovative practice: Using drones** The force …")', () => {
    expectOne(`# Kent Police PEEL 2023\n\n## Investigating crime\n\n**Innovative practice** ${description}\n\n## Next\n\nOther text.\n`, 'markdown', 'innovative-practice')
    expectOne(`# Kent Police PEEL 2023\n\n## Investigating crime\n\n**Promising practice: Using drones to find missing people** ${description}\n\n## Next\n\nOther text.\n`, 'markdown', 'promising-practice')
    // A label with a topic and no sentence after it heads a box; the description follows.
    expectOne(`# Kent Police PEEL 2023\n\n## Investigating crime\n\n**Innovative practice – using drones**\n\n${description}\n\n## Next\n\nOther text.\n`, 'markdown', 'innovative-practice')
  })

  it('a practice described and then named ("… This is an example of innovative practice."), in its paragraph or the one before the verdict', () => {
    expectOne(`Kent Police PEEL 2023\n\nInvestigating crime\n\n${description} This is an example of innovative practice.\n\nThe force is good at investigating crime.\n`, 'text', 'innovative-practice')
    expectOne(`Kent Police PEEL 2023\n\nInvestigating crime\n\n${description}\n\nWe consider this to be promising practice that other forces could adopt.\n\nThe force is good at investigating crime.\n`, 'text', 'promising-practice')
    expectOne(`<h1>Kent Police PEEL 2023</h1><h2>Investigating crime</h2><p>${description} This is an example of promising practice.</p><p>Other text.</p>`, 'html', 'promising-practice')
  })

  it('"Example of promising practice" as a box heading with its title, "We consider this to be innovative practice: …" with the practice after it', () => {
    expectOne(`Kent Police PEEL 2023\n\nResponding to the public\n\nExample of promising practice\n\nDrones for missing people\n\n${description}\n\nThe drones have found 12 people this year.\n`, 'text', 'promising-practice')
    expectOne(`# Kent Police PEEL 2023\n\n### Example of innovative practice: Using drones to find missing people\n\n${description}\n\nThe drones have found 12 people this year.\n`, 'markdown', 'innovative-practice')
    expectOne(`Kent Police PEEL 2023\n\nInvestigating crime\n\nWe consider this to be innovative practice: ${description}\n\nThe force is good at investigating crime.\n`, 'text', 'innovative-practice')
  })

  it('trap: a verdict denying practice, said of an earlier time, or with more after the practice’s name, gives none', () => {
    for (const verdict of ['This is not innovative practice.', 'This was promising practice in our 2019 inspection.', 'This is an example of promising practice being lost.']) {
      expect(read(`Kent Police PEEL 2023\n\nInvestigating crime\n\n${description} ${verdict}\n\nThe force is good at investigating crime.\n`).report.findings).toEqual([])
    }
  })

  it('nothing lost: a title with no description after it is the practice', () => {
    const {report} = read('# Kent Police PEEL 2023\n\n### Promising practice\n\n**Using drones to find missing people**\n\n## Next chapter\n\nOther text.\n', 'markdown')
    expect(report.findings.map(kindAndText)).toEqual([['promising-practice', 'Using drones to find missing people']])
    expect(report.findings[0]!.position.start).toMatchObject({line: 5, column: 3})
  })

  it('nothing lost: a practice cut off by the page right after its heading, whatever heading follows, is the practice, with a message that it is cut off (text and HTML alike)', () => {
    const {text, title} = corpus('frs-2021-west-midlands')
    for (const format of ['text', 'html'] as const) {
      const source = format === 'text' ? text : `<h1>West Midlands</h1><h1>Innovative practice</h1><h1>The service used a commu</h1><h1>West Midlands Fire Service graded ‘Outstanding’</h1><p>National inspectors have graded the service.</p>`
      const {report, messages} = read(source, format, title)
      const practices = report.findings.filter((finding) => finding.kind === 'innovative-practice')
      expect(practices.map(kindAndText)).toEqual([['innovative-practice', 'The service used a commu']])
      expect(messages.filter((message) => message.ruleId === 'truncated-finding')).toHaveLength(1)
      if (format === 'text') expect(text.slice(practices[0]!.position.start.offset, practices[0]!.position.end.offset)).toBe('The service used a commu')
    }
    // Trap: a practice heading with its description still reads the description, not the heading after it.
    const {report} = read('<h1>Kent Police PEEL 2023</h1><h2>Innovative practice</h2><p>The force uses drones to search for missing people.</p><h2>Summary</h2><p>Other.</p>', 'html')
    expect(report.findings.map(kindAndText)).toEqual([['innovative-practice', 'The force uses drones to search for missing people.']])
  })
})

describe('areas for improvement on PEEL 2014–19 pillar pages: this inspection’s, and last year’s restated with their status', () => {
  const page = [
    'Kent Police PEEL 2018/19',
    '',
    'How effective is the force at investigating crime?',
    '',
    'Requires improvement',
    '',
    'Areas for improvement',
    '',
    '• The force should improve supervision of investigations.',
    '',
    'Last year’s areas for improvement',
    '',
    '• The force should improve how it identifies vulnerable victims.',
    '',
    'We found that the force has addressed this area for improvement.',
    '',
    'Area for improvement (2017): The force should make sure that it records crime accurately.',
    'Status: Addressed',
    '',
    'Area for improvement from our 2017 inspection – The force should review its crime recording audits.',
    '',
    'Progress: The force has made some progress but this remains an area for improvement.',
    ''
  ].join('\n')

  it('reads the question’s box as findings, and the items under a heading naming an earlier inspection’s, and labels dated earlier, as history with the status after them', () => {
    const {report} = read(page)
    expect(report.findings.map(kindAndText)).toEqual([['area-for-improvement', 'The force should improve supervision of investigations.']])
    expect(report.history?.map((item) => [item.kind, item.text, item.status])).toEqual([
      ['area-for-improvement', 'The force should improve how it identifies vulnerable victims.', 'We found that the force has addressed this area for improvement.'],
      ['area-for-improvement', 'The force should make sure that it records crime accurately.', 'Status: Addressed'],
      ['area-for-improvement', 'The force should review its crime recording audits.', 'Progress: The force has made some progress but this remains an area for improvement.']
    ])
  })

  it('trap: an undated label is this report’s finding, and a status line with no restated finding before it is nothing', () => {
    const {report} = read('Kent Police PEEL 2018/19\n\nStatus: Addressed\n\nArea for improvement: The force should make sure that it records crime accurately.\n\nProgress: The force has improved.\n')
    expect([report.findings.map(kindAndText), report.history]).toEqual([[['area-for-improvement', 'The force should make sure that it records crime accurately.']], undefined])
  })
})

describe('an earlier area for improvement restated with a status line', () => {
  const page = (status: string) =>
    [
      'To what extent does the force treat all of the people it serves with fairness and respect?',
      '',
      'In 2017, we identified two areas for improvement:',
      '',
      '  • The force should ensure that it records its officers’ use of force comprehensively.',
      '',
      status,
      '',
      '  • The force should review its independent advisory group arrangements.',
      '',
      'This area for improvement has been discharged.'
    ].join('\n')

  it('reads one whose status says it is still open as this report’s, and one discharged as history (constructed)', () => {
    const {report} = parseReport(page('This area of improvement has not been discharged. We will revisit it.'))
    expect(report.findings.map((finding) => [finding.kind, finding.text])).toEqual([['area-for-improvement', 'The force should ensure that it records its officers’ use of force comprehensively.']])
    expect(report.history ?? []).toEqual([])
  })

  it('keeps one whose status says it is discharged as history, with its status (constructed)', () => {
    const {report} = parseReport(page('This area for improvement has been discharged.'))
    expect(report.findings).toEqual([])
    expect((report.history ?? []).map((item) => [item.kind, item.text, item.status])).toEqual([
      ['area-for-improvement', 'The force should ensure that it records its officers’ use of force comprehensively.', 'This area for improvement has been discharged.']
    ])
  })

  it('reads the carried-over area not discharged on a PEEL 2018/19 legitimacy page', () => {
    const {text, title} = corpus('peel-2018-cheshire-legitimacy')
    const {report} = parseReport(text, {title})
    expect(report.findings.filter((finding) => finding.kind === 'area-for-improvement').map((finding) => [finding.text.slice(0, 60), finding.position.start.line])).toEqual([
      ['The constabulary should ensure that it records and monitors ', 29]
    ])
  })
})

describe('a bullet with nothing after it inside a block', () => {
  // Found by `pnpm fuzz` (seed 1503742557): an inline bullet ending the block ("the •  ") opened an
  // item of no words, an empty finding that the schema refuses. It opens none, as a bullet alone on
  // a line does not.
  it.each([
    ['# Areas for improvement\n####### • \r\n', undefined, []],
    ['Cause of concern\n\nthe •  \n', 'markdown' as const, ['the •']]
  ])('%j gives no empty finding', (text, format, texts) => {
    const {findings} = parseReport(text, format ? {format} : {}).report
    expect(findings.map((finding) => finding.text)).toEqual(texts)
  })
})

describe('a finding the copy cut off before its own words', () => {
  it('keeps no item whose subject and verb are all the copy holds ("The service should as", "Cleveland Police doesn’t co"), but keeps the items before it', () => {
    const afis = corpus('frs-2018-cambridgeshire-efficiency')
    expect(read(afis.text, 'text', afis.title).report.findings.map(kindAndText)).toEqual([
      [
        'area-for-improvement',
        'The service should ensure it has sufficiently robust plans in place which fully consider the medium-term financial challenges beyond 2020 so it can prepare to secure the right level of savings.'
      ]
    ])
    const reasons = corpus('engage-police-forces-previously-in-engage-list')
    const causes = read(reasons.text, 'text', reasons.title).report.findings.map((finding) => finding.text.slice(0, 40))
    expect(causes).toEqual([
      'The force doesn’t appropriately prioriti',
      'Cleveland Police is failing to respond a',
      'Cleveland Police doesn’t adequately unde',
      'Cleveland Police doesn’t adequately enga',
      'Many senior leaders (superintending and '
    ])
  })

  it('keeps a cut-off item with words of its own, or after a lead-in that holds its verb, marked as truncated', () => {
    const text = 'Kent Fire and Rescue Service\n\nAreas for improvement\n\n• The service should assure itself that a\n'
    expect(read(text).report.findings.map((finding) => [finding.text, finding.truncated])).toEqual([['The service should assure itself that a', true]])
    const leadIn = 'Kent Fire and Rescue Service\n\nCause of concern\n\nThe service doesn’t do enough to prevent fires.\n\nBy 31 March 2025, the service should make sure that:\n\n• fire co'
    expect(read(leadIn).report.findings.map((finding) => [finding.kind, finding.text, finding.truncated ?? false])).toEqual([
      ['cause-of-concern', 'The service doesn’t do enough to prevent fires.', false],
      ['recommendation', 'fire co', true]
    ])
  })
})

describe('practice the inspectors praise and call so, in news prose', () => {
  it('reads "Inspectors praised …, identifying this as “an area of promising practice”." as the practice; traps: someone else praising, a practice not called so', () => {
    const {text, title} = corpus('frs-2023-25-hampshire-durham-lancashire-trade-press')
    expect(read(text, 'text', title).report.findings.map(kindAndText)).toEqual([
      ['promising-practice', 'Inspectors praised the way the service uses volunteers to support prevention work, identifying this as “an area of promising practice”.']
    ])
    const constructed = [
      'Kent Fire and Rescue Service',
      '',
      'The report praised its work with schools, describing it as innovative practice. The chief fire officer praised the team, describing this as “promising practice”.',
      '',
      'Inspectors praised the way the service trains its staff, but did not identify this as promising practice.',
      '',
      'HMICFRS highlighted the service’s use of drones at fires as an example of innovative practice.',
      '',
      'Inspectors found no work that could be described as promising practice.'
    ].join('\n')
    expect(read(constructed).report.findings.map(kindAndText)).toEqual([
      ['innovative-practice', 'The report praised its work with schools, describing it as innovative practice.'],
      ['innovative-practice', 'HMICFRS highlighted the service’s use of drones at fires as an example of innovative practice.']
    ])
  })
})
