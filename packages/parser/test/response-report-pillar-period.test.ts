import {describe, expect, it} from 'vitest'
import {parseResponse} from '../src/index.js'

// How news items and statements name the report by its PEEL pillar (as its topic, or by its question), by
// the period its inspection covered, by a title "called" after its author, and by "published today" in a
// later sentence than the first "today": short verbatim excerpts of tuned responses, with exact values, and
// the traps of each form (the three pillars of the programme, "the effectiveness of" something else, "reports"
// as a verb, an earlier visit's period).
const report = (text: string) => parseResponse(text, {path: 'response.txt'}).response.report

describe('parseResponse: the report by its pillar, its period or a title called', () => {
  it('reads a pillar as the topic of the inspectorate’s reports (humberside-pcc-peel-legitimacy-leadership-2016)', () => {
    const text =
      'Humberside Police and Crime Commissioner Keith Hunter has commented on today’s release of Her Majesty’s Inspector of Constabulary (HMIC) reports into Legitimacy and Leadership\n\nKeith said: “I thank Her Majesty’s Inspectorate of Constabulary for producing its two latest reports on Humberside Police.”'
    expect(report(text).mentions).toEqual(['reports into Legitimacy and Leadership'])
  })

  it('reads a pillar before the kind of report, by the inspectorate (nottinghamshire-police-peel-leadership-2015-worksop-guardian)', () => {
    const text =
      "Nottinghamshire Police has been found to be a '˜well-led organisation', in the latest leadership review by Her Majesty's Inspectorate of Constabulary."
    expect(report(text).mentions).toEqual(['the latest leadership review'])
  })

  it('reads a pillar by its question in a text naming the inspectorate and the force (southyorkshire-pcc-peel-legitimacy-2016-jusnews)', () => {
    const text =
      'South Yorkshire Police ‘requires improvement’ in how legitimate the force is at keeping people safe and reducing crime, a government watchdog says.\n\nHer Majesty’s Inspectorate of Constabulary, who gave the force a ‘good’ last year, said that it needs to improve.'
    expect(report(text).mentions).toEqual(['how legitimate the force is at keeping people safe and reducing crime'])
  })

  it('does not read the three pillars of the programme, nor “reports on” as a verb, as one report', () => {
    // devon-cornwall-pcc-hmicfrs-inspections-and-reports-hub-page, cumbria-pfcc-hmicfrs-peel-reports-page
    expect(
      report(
        'Each police force is judged as outstanding, good, adequate, requires improvement, or inadequate with regards to how effective, efficient, and legitimate the force is at keeping people safe and reducing crime. HMICFRS inspects Devon and Cornwall Police.'
      ).mentions
    ).toBeUndefined()
    expect(
      report(
        'His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) independently assesses and reports on the effectiveness and efficiency of Cumbria Constabulary and Cumbria Fire Rescue Authority.'
      ).mentions
    ).toBeUndefined()
  })

  it('reads the report with the period its inspection covered, not an earlier visit’s (gwent-pcc-peel-2023-25-herald-wales)', () => {
    const text =
      'Police and Crime Commissioner Jane Mudd said the report by HM Inspectorate of Constabulary and Fire & Rescue Service, has recognised improvements since the force’s last inspection in 2021/22.\nThe inspector’s latest report, covering the period 2023 to 2025, found Gwent Police needs to improve how it investigates crime and protects vulnerable people.'
    expect(report(text).mentions).toEqual(['The inspector’s latest report, covering the period 2023 to 2025'])
  })

  it('reads a title called after the report and its author (staffordshire-pcc-peel-vulnerability-2015-tamworth-informed)', () => {
    const text =
      'Mr Ellis has highlighted the needs of protecting vulnerable people after an inspection published by Her Majesty’s Inspectorate of Constabulary (HMIC), called Police effectiveness 2015 (Vulnerability), found “urgent improvement” was needed in several areas to ensure Staffordshire Police kept vulnerable people safe.'
    expect(report(text).title).toBe('Police effectiveness 2015')
  })

  it('reads the report in the later sentence that gives its day (northyorkshire-pfcc-peel-2023-25-stray-ferret)', () => {
    const text =
      'Government inspectors have today hailed significant improvements over the last year at North Yorkshire Police.\nBut a new HMICFRS report, published today, found the constabulary was good in five areas of policing and adequate in four.'
    const {mentions, publishedOnAsWritten} = report(text)
    expect([mentions, publishedOnAsWritten]).toEqual([['a new HMICFRS report'], 'today'])
  })
})

describe('parseResponse: the Chief Inspector’s own report', () => {
  it('reads his report as the one answered (cumbria-pfcc-state-of-policing-2023-statement)', () => {
    const text =
      'Cumbria’s Police, Fire and Crime Commissioner, David Allen, said: “I fully welcome this report by His Majesty’s Chief Inspector of Constabulary as he highlights some fundamental points that need to be addressed.'
    expect(report(text).mentions).toEqual(['this report by His Majesty’s Chief Inspector of Constabulary'])
  })
})
