import {describe, expect, it} from 'vitest'
import type {ReaderFactory} from '../src/lib/report/context.js'
import {reportReaders} from '../src/lib/report/readers/index.js'
import {TriggerIndex} from '../src/lib/report/triggers.js'
import {readWith} from './reading.js'

// Loaded by URL: the script is plain JavaScript outside the TypeScript project.
const evalScript = new URL('../../../scripts/eval-reports.mjs', import.meta.url).href
const {listFixtures} = await import(evalScript)
type Fixture = {set: string; name: string; text: string; options: {title?: string}}
// The tuned part only: a failure here prints the texts it compares.
const tuned = (listFixtures() as Fixture[]).filter((fixture) => fixture.set === 'tuned')

/** The same readers, each seeing every block, as before triggers. */
const untriggered: ReaderFactory[] = reportReaders.map((make) => () => {
  const {triggers: _triggers, ...reader} = make()
  return reader
})

describe('reader triggers', () => {
  it('finds a block’s words in any case, as the readers’ `iu` patterns do, each block afresh', () => {
    const index = new TriggerIndex()
    const concern = index.ids(['concern'])
    const either = index.ids(['performance', 'cause'])
    expect(index.ids(['cause', 'concern'])).toEqual([either[1], concern[0]])
    index.block('It remains a Cause of CONCERN.')
    expect([index.any(concern), index.any(either)]).toEqual([true, true])
    index.block('The force’s performance is good.')
    expect([index.any(concern), index.any(either)]).toEqual([false, true])
    // The long s folds to "s" in a `u`-flag pattern: "cauſe" is "cause" to a reader's pattern.
    index.block('A cauſe.')
    expect([index.any(concern), index.any(either)]).toEqual([false, true])
    index.block('')
    expect([index.any(concern), index.any(either), index.any([])]).toEqual([false, false, false])
  })

  it('takes regular-expression characters in a word literally', () => {
    const index = new TriggerIndex()
    const word = index.ids(['(a.b)'])
    index.block('x (A.B) y')
    expect(index.any(word)).toBe(true)
    index.block('x aXb y')
    expect(index.any(word)).toBe(false)
  })

  it('declares lower-case literals only, on readers that have them', () => {
    const declared = reportReaders.map((make) => make().triggers).filter((words) => words !== undefined)
    expect(declared.flat().sort()).toEqual(['concern', 'concern', 'concern', 'concern', 'concern', 'failure', 'for improvement', 'performance', 'recommendations', 'said', 'says', 'should'])
    for (const word of declared.flat()) expect(word).toBe(word.toLowerCase())
  })

  // The tuned corpus holds only some of the forms: each form of each reader that declares triggers,
  // one sentence apiece, so a form whose words a reader's triggers lack fails here, in either case.
  it('leaves every form the triggered readers read as it is without triggers, each form read', () => {
    const forms: Array<[string, string[]]> = [
      ['HMICFRS said the ‘inadequate’ areas included how the force protects vulnerable people and how it investigates crime.', ['inadequate how the force protects vulnerable people', 'inadequate how it investigates crime']],
      ['Kent Police was ‘good’ in five areas and ‘required improvement’ in two others – investigating crime and protecting vulnerable people.', ['requires-improvement investigating crime', 'requires-improvement protecting vulnerable people']],
      ['These include an ‘inadequate’ rating for responding to the public, and two ‘good’ ratings for investigating crime and developing a positive workplace.', ['inadequate responding to the public', 'good investigating crime', 'good developing a positive workplace']],
      ['Kent Police received an outstanding grading for preventing crime.', ['outstanding preventing crime']],
      ['Kent Police received a ‘good’ judgement for investigating crime.', ['good investigating crime']],
      ['HMICFRS found Kent Police required improvement in six, including how the force protected vulnerable people and managed offenders.', ['requires-improvement how the force protected vulnerable people', 'requires-improvement managed offenders']],
      ['The force wasn’t doing enough to make sure its protection work was effective, and I have given a new cause of concern.', ['cause-of-concern The force wasn’t doing enough to make sure its protection work was effective, and I have given a new cause of concern.']],
      ['This cause of concern remains open.', ['progress This cause of concern remains open.']],
      ['Inspectors said failures to identify people at risk was a “cause of concern” and the force needed to act.', ['cause-of-concern failures to identify people at risk']],
      ['Kent Police was issued with a cause of concern over its failure to record crime accurately.', ['cause-of-concern its failure to record crime accurately']],
      ['A further cause of concern in relation to officers being diverted from neighbourhood work was raised in July.', ['cause-of-concern officers being diverted from neighbourhood work']],
      [
        '| T1 | Cause of concern: The force does not investigate crime well enough. Recommendation: HMIC recommends that the force should: review how it investigates crime; | Kent Police | Completed |',
        ['cause-of-concern The force does not investigate crime well enough.', 'recommendation review how it investigates crime;']
      ],
      ['The report set out areas for improvement: The force should review its demand. The force should publish a plan.', ['area-for-improvement The force should review its demand.', 'area-for-improvement The force should publish a plan.']],
      [
        'Inspectors identified two areas for improvement: the force should improve how it records crime; and it should make sure that victims are updated.',
        ['area-for-improvement the force should improve how it records crime', 'area-for-improvement it should make sure that victims are updated']
      ],
      [
        'The report made two recommendations – the force should review how it answers calls; the force should publish its vetting plan.',
        ['recommendation the force should review how it answers calls', 'recommendation the force should publish its vetting plan']
      ]
    ]
    const title = 'PEEL 2021/22 – An inspection of Kent Police'
    for (const [form, expected] of forms) {
      const read = readWith([...reportReaders], `Kent Police news\n\n${form}\n`, title)
      const rows = [
        ...read.grades.map((grade) => `${grade.grade} ${grade.area}`),
        ...read.findings.map((finding) => `${finding.kind} ${finding.text}`),
        ...read.progress.map((note) => `progress ${note.status}`)
      ]
      expect(rows).toEqual(expected)
      for (const variant of [form, form.toUpperCase()]) {
        const text = `Kent Police news\n\n${variant}\n`
        expect(readWith([...reportReaders], text, title)).toEqual(readWith(untriggered, text, title))
      }
    }
  })

  it('leaves what every tuned corpus report reads as it is without triggers, in its case and in upper case', () => {
    expect(tuned.length).toBeGreaterThan(100)
    let compared = 0
    for (const {text, options} of tuned) {
      for (const variant of [text, text.toUpperCase()]) {
        expect(readWith([...reportReaders], variant, options.title)).toEqual(readWith(untriggered, variant, options.title))
        compared++
      }
    }
    expect(compared).toBe(2 * tuned.length)
  })
})
