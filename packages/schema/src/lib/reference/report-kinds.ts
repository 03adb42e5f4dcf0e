import type {ReportKind} from '../report.js'
import {hmicfrs, legislation} from './sources.js'
import type {DutyStatement, ReportKindFacts} from './types.js'

const section55 = legislation('ukpga/1996/16/section/55')
// "How HMICFRS works with PCCs and Mayoral Offices" (quoted in shared/reference/section55.md §5.1).
const workingWithPccs = 'https://www.justiceinspectorates.gov.uk/hmicfrs/police-forces/working-with-others/pcc/hmic-pccs-and-the-mopac'

const fullDuty =
  'Section 55(4)-(6): invite the chief officer to comment; publish the body\'s comments, the chief officer\'s comments and the body\'s response to them within 56 days beginning with the day of publication; explain the action on every recommendation; send copies to the inspectors and the Secretary of State.'

/**
 * HMICFRS's guidance on national and force reports with the same findings: a response to the
 * force's report is enough. It is guidance, not statute, so the linter only says so (info).
 */
export const nationalReportGuidance: DutyStatement = {
  text: 'If HMICFRS has published both a national report and a force-specific report on the same subject (for example, efficiency or domestic abuse), it is necessary for the following procedure to be followed in respect of both the national report and the force-specific report, except where the national report and the force-specific report contain the same findings and recommendations. In the latter case, it is necessary to follow the procedure only in respect of the force-specific report.',
  source: workingWithPccs,
  status: 'verified',
  note: 'HMICFRS, "How HMICFRS works with PCCs and Mayoral Offices"; the same page says to follow the section 55 procedure for national and thematic reports "Unless a particular force is clearly not the subject of the report".'
}

/**
 * What applies to a fire and rescue inspection report instead of section 55. The inspectors must
 * publish it (Fire and Rescue Services Act 2004 s.28B(1)); no statutory duty on the fire and rescue
 * authority to publish comments within 56 days, like s.55(4)-(6), was found.
 */
export const fireInspectionDuty: {statute: DutyStatement; nationalFramework: DutyStatement} = {
  statute: {
    text: 'HMICFRS must inspect and report on the efficiency and effectiveness of fire and rescue authorities in England (Fire and Rescue Services Act 2004 s.28(A3)) and must publish its reports (s.28B(1)). Section 55 of the Police Act 1996 does not apply: it covers reports under s.54 on police forces.',
    source: hmicfrs('publication-html/state-of-fire-and-rescue-2019-annexes/'),
    status: 'verified',
    note: 'HMICFRS, State of Fire and Rescue 2019, Annex B, "Our statutory responsibilities" and "Publishing reports". Section 28B itself was not read; no counterpart to s.55(4)-(6) was found in the material reviewed.'
  },
  nationalFramework: {
    text: 'The Fire and Rescue National Framework for England (made under Fire and Rescue Services Act 2004 s.21) has a chapter "Inspection, intervention and accountability" setting the Government\'s expectations of fire and rescue authorities on inspection. Its wording on acting on inspection findings was not retrieved, so no specific expectation (such as an action plan or a deadline) is stated here.',
    source: 'https://vdocuments.us/fire-and-rescue-national-framework-for-england-fire-in-order-to-mitigate-loss-to.html',
    status: 'unverified',
    note: 'Contents of the May 2018 Framework (chapter 7, "Inspection, intervention and accountability") from a transcription; the paragraph text and the gov.uk original were not read. In practice authorities publish action plans (e.g. Buckinghamshire FRS, https://bucksfire.gov.uk/authority/hmicfrs-inspection-report-action-plan/).'
  }
}

const inferredFromSection55 = {
  source: section55,
  status: 'unverified',
  note: 'Inference: s.55(1) covers "any report prepared under section 54" and the duties attach to the body maintaining the force it relates to; no HMICFRS statement on this kind was read.'
} as const

/**
 * Every report kind with what section 55 requires of the local policing body, and the source.
 *
 * @example reportKindFacts.find((facts) => facts.kind === 'fire-and-rescue')?.section55 // 'does-not-apply'
 */
export const reportKindFacts: readonly ReportKindFacts[] = [
  {kind: 'peel', label: 'PEEL force report', section55: 'applies', duty: fullDuty, source: section55, status: 'verified'},
  {
    kind: 'peel-spotlight',
    label: 'PEEL spotlight (national) report',
    section55: 'applies-unless-force-report-repeats',
    duty: `${fullDuty} A national report needs no separate response where the force's own report carries the same findings and recommendations (HMICFRS guidance).`,
    source: workingWithPccs,
    status: 'verified'
  },
  {kind: 'cause-of-concern', label: 'Standalone cause-of-concern report', section55: 'applies', duty: fullDuty, ...inferredFromSection55},
  {
    kind: 'accelerated-cause-of-concern',
    label: 'Accelerated cause of concern',
    section55: 'applies',
    duty: `${fullDuty} HMICFRS publishes an accelerated cause of concern, with its recommendations, before the force report when it finds significant service failures or risks to public safety.`,
    source: hmicfrs('glossary/accelerated-cause-of-concern/'),
    status: 'unverified',
    note: 'The glossary defines the kind; that s.55 applies is an inference from s.55(1).'
  },
  {
    kind: 'cause-of-concern-revisit',
    label: 'Cause-of-concern revisit letter',
    section55: 'unclear',
    duty: 'A letter on progress against earlier causes of concern. Whether it is a report under s.54 that triggers s.55 was not established; bodies often respond as if it were.',
    source: section55,
    status: 'unverified'
  },
  {
    kind: 'engage-letter',
    label: 'Letter moving a force into or out of enhanced monitoring (Engage)',
    section55: 'unclear',
    duty: 'HMICFRS raises substantial problems formally with the local policing body "so that they can respond". Whether the letter is a report under s.54 that triggers s.55 was not established.',
    source: hmicfrs('about-us/what-we-do/our-approach-to-monitoring-forces/'),
    status: 'unverified'
  },
  {
    kind: 'thematic',
    label: 'National thematic report (recommendations to all chief constables)',
    section55: 'applies-unless-force-report-repeats',
    duty: `${fullDuty} Follow it "Unless a particular force is clearly not the subject of the report"; a national report needs no separate response where the force's own report carries the same findings and recommendations.`,
    source: workingWithPccs,
    status: 'verified'
  },
  {
    kind: 'regional',
    label: 'Regional organised crime inspection',
    section55: 'applies',
    duty: `${fullDuty} The report relates to several forces: the duty falls on the local policing body of each.`,
    source: workingWithPccs,
    status: 'verified',
    note: 'HMICFRS guidance: "some relate to several forces … the following procedure (required by section 55) must be followed".'
  },
  {
    kind: 'joint',
    label: 'Joint inspection with another inspectorate',
    section55: 'applies-unless-force-report-repeats',
    duty: `${fullDuty} Where the joint report is national, the guidance on national reports applies.`,
    ...inferredFromSection55
  },
  {
    kind: 'joint-criminal-justice',
    label: 'Joint criminal justice inspection',
    section55: 'applies-unless-force-report-repeats',
    duty: `${fullDuty} Where the joint report is national, the guidance on national reports applies.`,
    ...inferredFromSection55
  },
  {
    kind: 'custody',
    label: 'Police custody inspection (with HM Inspectorate of Prisons)',
    section55: 'applies',
    duty: fullDuty,
    ...inferredFromSection55
  },
  {
    kind: 'child-protection',
    label: 'Child protection inspection',
    section55: 'applies',
    duty: fullDuty,
    ...inferredFromSection55
  },
  {kind: 'crime-data-integrity', label: 'Crime data integrity inspection', section55: 'applies', duty: fullDuty, ...inferredFromSection55},
  {
    kind: 'revisit',
    label: 'Revisit (other)',
    section55: 'unclear',
    duty: 'A revisit report or letter; whether it triggers s.55 depends on whether it is a report under s.54, which was not established.',
    source: section55,
    status: 'unverified'
  },
  {
    kind: 'fire-and-rescue',
    label: 'Fire and rescue service inspection (rounds 2018/19, 2021/22, 2023–25, 2025–27)',
    section55: 'does-not-apply',
    duty: `${fireInspectionDuty.statute.text} No statutory 56-day comment duty for the fire and rescue authority was found.`,
    source: fireInspectionDuty.statute.source,
    status: 'verified'
  },
  {
    kind: 'fire-and-rescue-revisit',
    label: 'Fire and rescue cause-of-concern revisit letter',
    section55: 'does-not-apply',
    duty: `${fireInspectionDuty.statute.text} No statutory 56-day comment duty for the fire and rescue authority was found.`,
    source: fireInspectionDuty.statute.source,
    status: 'verified'
  },
  {
    kind: 'state-of-policing',
    label: 'State of Policing (annual assessment)',
    section55: 'does-not-apply',
    duty: 'The chief inspector\'s annual report to the Secretary of State under s.54(4); it relates to no particular force, so no local policing body duty arises.',
    ...inferredFromSection55
  },
  {
    kind: 'other',
    label: 'Other',
    section55: 'unclear',
    duty: 'Section 55 applies if the report was prepared under s.54 and relates to the force.',
    source: section55,
    status: 'verified'
  }
]

const factsByKind = new Map(reportKindFacts.map((facts) => [facts.kind, facts]))

/**
 * What section 55 requires of a report of this kind.
 *
 * @example section55For('thematic').section55 // 'applies-unless-force-report-repeats'
 */
export function section55For(kind: ReportKind): ReportKindFacts {
  const facts = factsByKind.get(kind)
  // The test that every kind has facts keeps this unreachable.
  if (!facts) throw new Error(`No section 55 facts for report kind ${JSON.stringify(kind)}`)
  return facts
}
