import type {GradeValue, InspectionFramework} from '../report.js'
import {normaliseName} from './names.js'
import {hmicfrs} from './sources.js'
import type {FrameworkArea, FrameworkDefinition} from './types.js'

const fourPoint: GradeValue[] = ['outstanding', 'good', 'requires-improvement', 'inadequate']
const fivePoint: GradeValue[] = ['outstanding', 'good', 'adequate', 'requires-improvement', 'inadequate']

const area = (name: string, graded: boolean, question?: string, aliases: string[] = []): FrameworkArea => ({
  name,
  ...(question ? {question} : {}),
  aliases,
  graded,
  status: 'verified'
})

// PEEL pillars (2014–2019) and their headline questions as the 2018/19 reports print them.
const peelPillars = [
  area('Effectiveness', true, 'How effectively does the force reduce crime and keep people safe?', [
    'How effective is the force at keeping people safe and reducing crime?'
  ]),
  area('Efficiency', true, 'How efficiently does the force operate and how sustainable are its services to the public?'),
  area('Legitimacy', true, 'How legitimately does the force treat the public and its workforce?')
]

const firePillars = [
  area('Effectiveness', true, 'How effective is the fire and rescue service at keeping people safe and secure?', [
    'How effective is the fire and rescue service at keeping people safe and secure from fire and other risks?'
  ]),
  area('Efficiency', true, 'How efficient is the fire and rescue service at keeping people safe and secure?', [
    'How efficient is the fire and rescue service at keeping people safe and secure from fire and other risks?'
  ]),
  area('People', true, 'How well does the fire and rescue service look after its people?')
]

// The 2018/19 and 2021/22 fire questions, by topic (HMICFRS, Fire and Rescue Service inspections
// 2018/19, summary of findings from tranche 1; Shropshire 2021/22 pages).
const fireQuestions = [
  area('Understanding risk', true, 'How effective is the FRS at understanding the risk of fire and other emergencies?'),
  area('Preventing fires and other risks', true, undefined, ['Preventing fires and other emergencies']),
  area('Protecting the public through fire regulation', true, undefined, ['Protecting the public through the regulation of fire safety']),
  area('Responding to fires and other emergencies', true),
  area('Responding to major and multi-agency incidents', true, undefined, ['Responding to national risks']),
  area('Making best use of resources', true, 'How well is the FRS making best use of its resources?', ['Using resources to manage risk']),
  area('Making the FRS affordable now and in the future', true, undefined, ['Planning a sustainable model for now and the future']),
  area('Promoting the right values and culture', true, 'How well does the FRS promote its values and culture?', ['Values and culture']),
  area('Getting the right people with the right skills', true, undefined, ['Training and skills']),
  area('Ensuring fairness and promoting diversity', true, undefined, ['Fairness and diversity']),
  area('Managing performance and developing leaders', true, undefined, ['Leadership and capability'])
].map((question) => ({...question, status: 'secondary' as const}))

// The short area names the graded-judgement tables of PEEL reports print since 2021 ("We make
// graded judgments in 11 of these 12 as follows:"), as this project recorded them; unverified
// until checked against each cycle's assessment framework.
const printedArea = (name: string, aliases: string[] = []): FrameworkArea => ({...area(name, true, undefined, aliases), status: 'unverified'})
const peel2021Areas = [
  printedArea('Recording data about crime', ['Crime data integrity', 'Crime recording']),
  printedArea('Treatment of the public', ['Engaging with and treating the public with fairness and respect']),
  printedArea('Preventing crime', ['Preventing crime and anti-social behaviour']),
  printedArea('Responding to the public'),
  printedArea('Investigating crime'),
  printedArea('Protecting vulnerable people'),
  printedArea('Managing offenders and suspects', ['Managing offenders']),
  printedArea('Disrupting serious organised crime', ['Tackling serious and organised crime']),
  printedArea('Developing a positive workplace', ['Building, supporting and protecting the workforce']),
  printedArea('Good use of resources', ['Strategic planning, organisational management and value for money'])
]
// The 2023–25 cycle words its prevention question "preventing and deterring crime and antisocial
// behaviour, and reducing vulnerability" (HMICFRS's revisit letters), which news shortens; news
// names one half of "Managing offenders and suspects" as the area.
const peel2023Areas = [
  printedArea('Police powers and public treatment'),
  printedArea('Preventing crime', [
    'Preventing crime and anti-social behaviour',
    'Preventing and deterring crime and antisocial behaviour, and reducing vulnerability',
    'Preventing and deterring crime and anti-social behaviour',
    'Preventing and deterring crime'
  ]),
  printedArea('Responding to the public'),
  printedArea('Investigating crime'),
  printedArea('Protecting vulnerable people'),
  printedArea('Managing offenders and suspects', ['Managing offenders', 'Managing suspects']),
  printedArea('Disrupting serious organised crime'),
  printedArea('Building, supporting and protecting the workforce', ['Developing a positive workplace']),
  printedArea('Leadership and force management', ['Leadership and development']),
  printedArea('Recording data about crime', ['Crime data integrity', 'Crime recording'])
]

/**
 * Each inspection cycle's areas and grading scale, so a grade's `area` can be checked against
 * the framework of its report. Where only some areas could be verified, `areasComplete` is false
 * and an unlisted area is not called wrong.
 */
export const frameworkDefinitions: readonly FrameworkDefinition[] = [
  {
    id: 'peel-2014-17',
    label: 'PEEL 2014–17 (pillar reports)',
    family: 'peel',
    grades: fourPoint,
    areas: [
      ...peelPillars,
      area('Leadership', false),
      area('Preventing crime and anti-social behaviour', true, 'How effective is the force at preventing crime and anti-social behaviour, and keeping people safe?', [
        'How effective is the force at preventing crime, tackling anti-social behaviour and keeping people safe?'
      ]),
      area('Investigating crime', true, 'How effective is the force at investigating crime and managing offenders?', [
        'How effective is the force at investigating crime and reducing re-offending?'
      ]),
      area('Protecting vulnerable people', true, 'How effective is the force at protecting from harm those who are vulnerable, and supporting victims?', [
        'How effective is the force at protecting those who are vulnerable from harm, and supporting victims?'
      ]),
      area('Serious and organised crime', true, 'How effective is the force at tackling serious and organised crime, including its arrangement for fulfilling its national policing responsibilities?', [
        'How effective is the force at tackling serious and organised crime?'
      ])
    ],
    areasComplete: false,
    source: 'https://www.justiceinspectorates.gov.uk/hmicfrs/peel-assessments/peel-2015/?view=table&sort=alpha&data=question&group_by_region=off',
    status: 'verified',
    note: 'Pillars and the effectiveness questions of PEEL 2015 and 2017 (the 2017 wording from the HMICFRS 2017 PEEL assessment page); the efficiency, legitimacy and leadership questions changed each year and are not all listed.'
  },
  {
    id: 'peel-2018-19',
    label: 'PEEL 2018/19 (integrated PEEL assessment)',
    family: 'peel',
    grades: fourPoint,
    areas: [
      ...peelPillars,
      area('Preventing crime', true, 'How effective is the force at preventing crime, tackling anti-social behaviour and keeping people safe?'),
      area('Investigating crime', true, 'How effective is the force at investigating crime and reducing re-offending?'),
      area('Protecting vulnerable people', true, 'How effective is the force at protecting those who are vulnerable from harm, and supporting victims?'),
      area('Serious and organised crime', true, 'How effective is the force at tackling serious and organised crime?'),
      area('Specialist capabilities', false, 'How effective are the force’s specialist capabilities?'),
      area('Meeting demand', true, 'How well does the force use its resources to meet the demand it faces?'),
      area('Planning for the future', true, 'How well does the force plan for the future?'),
      area('Fair treatment of the public', true, 'To what extent does the force treat all of the people it serves with fairness and respect?'),
      area('Ethical and lawful workforce behaviour', true, 'How well does the force ensure that its workforce behaves ethically and lawfully?'),
      area('Fair treatment of the workforce', true, 'To what extent does the force treat its workforce with fairness and respect?')
    ],
    areasComplete: true,
    source: 'https://www.justiceinspectorates.gov.uk/hmicfrs/peel-assessments/peel-2018/?view=wheel&sort=alpha&data=question&group_by_region=off',
    status: 'verified',
    note: 'HMICFRS: "three key themes or pillars, and ten questions"; the short area names are this project\'s.'
  },
  {
    id: 'peel-2021-22',
    label: 'PEEL 2021/22',
    family: 'peel',
    published: '2021-04-21',
    grades: fivePoint,
    areas: [area('Victim service', true, 'How good is the force’s service for victims of crime?'), ...peel2021Areas],
    areasComplete: false,
    source: hmicfrs('publication-html/peel-assessment-framework-2021-22/'),
    status: 'verified',
    note: 'Twelve core questions, ten graded (not the strategic policing requirement or armed threats); five grades. Revised in March 2022 for the remaining 35 forces. Only the first question was read from the framework; the other areas are the short names the reports’ graded-judgement tables print, not yet checked against the framework (status unverified).'
  },
  {
    id: 'peel-2023-25',
    label: 'PEEL 2023–25',
    family: 'peel',
    published: '2023-02-08',
    grades: fivePoint,
    areas: [area('Victim service', true, 'How good is the force’s service for victims of crime?'), ...peel2023Areas],
    areasComplete: false,
    source: hmicfrs('publications/peel-assessment-framework-2023-2025/'),
    status: 'verified',
    note: 'Five grades (HMICFRS, PEEL assessments 2023–2025). Only the first core question was read from the framework; the other areas are the short names the reports’ graded-judgement tables print, not yet checked against the framework (status unverified).'
  },
  {
    id: 'peel-2025-27',
    label: 'PEEL 2025–27',
    family: 'peel',
    published: '2025-04-11',
    grades: fivePoint,
    areas: [
      area('Leadership and force management', true, 'How good is the force at leadership and force management?')
    ],
    areasComplete: false,
    source: hmicfrs('publication-html/peel-assessment-framework-2025-2027'),
    status: 'verified',
    note: 'The first core question is leadership and force management. The grading scale is assumed unchanged from 2023–25 and the other core questions were not read.'
  },
  {
    id: 'fire-2018-19',
    label: 'Fire and rescue inspections 2018/19 (round 1)',
    family: 'fire-and-rescue',
    grades: fourPoint,
    areas: [...firePillars, ...fireQuestions],
    areasComplete: false,
    source: 'https://www.readkong.com/page/fire-and-rescue-service-inspections-2018-19-3011788',
    status: 'secondary',
    note: 'Three pillars, four grades (Buckinghamshire FRS action plan, 2019); topics from a transcription of the HMICFRS summary of tranche 1; the short question names are this project\'s.'
  },
  {
    id: 'fire-2021-22',
    label: 'Fire and rescue inspections 2021/22 (round 2)',
    family: 'fire-and-rescue',
    grades: fourPoint,
    areas: [...firePillars, ...fireQuestions],
    areasComplete: false,
    source: 'https://hmicfrs.justiceinspectorates.gov.uk/frs-assessment/frs-2021/shropshire/effectiveness/',
    status: 'secondary',
    note: 'Round 2 resumed in February 2021 (HMICFRS 2023/24 consultation); "adequate" was added only in round 3 (Cambridgeshire FRS).'
  },
  {
    id: 'fire-2023-25',
    label: 'Fire and rescue inspections 2023–25 (round 3)',
    family: 'fire-and-rescue',
    grades: fivePoint,
    areas: [...firePillars, ...fireQuestions],
    areasComplete: false,
    source: hmicfrs('publication-html/consultation-fire-and-rescue-services-inspection-programme-2025-27/'),
    status: 'verified',
    note: 'Round 3 began in February 2023 with the characteristics of good and a new judgment, adequate (five grades).'
  },
  {
    id: 'fire-2025-27',
    label: 'Fire and rescue inspections 2025–27',
    family: 'fire-and-rescue',
    grades: fivePoint,
    areas: firePillars,
    areasComplete: false,
    source: 'https://gov.uk/government/consultations/fire-and-rescue-services-inspection-programme-and-framework-2025-27',
    status: 'unverified',
    note: 'Programme commencing June 2025; adds the fire and rescue authority\'s governance and combines efficiency questions 2.1 and 2.2 (consultation). Its final question set and scale were not read.'
  }
]

/**
 * The per-cycle framework ids a coarse id covers, so old documents' frameworks still check.
 */
const coarseFrameworks: Partial<Record<InspectionFramework, InspectionFramework[]>> = {
  'peel-2014-2019': ['peel-2014-17', 'peel-2018-19'],
  'peel-2021-onwards': ['peel-2021-22', 'peel-2023-25', 'peel-2025-27'],
  'fire-and-rescue': ['fire-2018-19', 'fire-2021-22', 'fire-2023-25', 'fire-2025-27']
}

/** The verdict on a grade's area: listed in the framework, not listed in a complete list, or not checkable. */
export type AreaCheck = 'known' | 'unknown' | 'unchecked'

// "Effectiveness (pillar): How effectively …" names the pillar before " (pillar)".
const pillarSuffix = ' (pillar)'

function areaKeys(printed: string): string[] {
  const key = normaliseName(printed)
  const pillar = key.indexOf(pillarSuffix)
  return pillar > 0 ? [key, key.slice(0, pillar)] : [key]
}

function lists(definition: FrameworkDefinition, keys: string[]): boolean {
  return definition.areas.some((listed) =>
    [listed.name, listed.question, ...listed.aliases].some((name) => name !== undefined && keys.includes(normaliseName(name)))
  )
}

/** The definitions a framework id stands for: itself, or the cycles a coarse id covers. */
export function frameworkDefinitionsOf(framework: InspectionFramework): FrameworkDefinition[] {
  const ids = coarseFrameworks[framework] ?? [framework]
  return frameworkDefinitions.filter((definition) => ids.includes(definition.id))
}

/**
 * Whether a grade's `area` (as printed) belongs to a framework.
 *
 * @example checkFrameworkArea('peel-2018-19', 'How effective is the force at tackling serious and organised crime?') // 'known'
 * @example checkFrameworkArea('peel-2018-19', 'Leadership and force management') // 'unknown'
 * @example checkFrameworkArea('peel-2025-27', 'Investigating crime') // 'unchecked' (only the first question is recorded)
 */
export function checkFrameworkArea(framework: InspectionFramework, printedArea: string): AreaCheck {
  const definitions = frameworkDefinitionsOf(framework)
  if (definitions.length === 0) return 'unchecked'
  const keys = areaKeys(printedArea)
  if (definitions.some((definition) => lists(definition, keys))) return 'known'
  return definitions.every((definition) => definition.areasComplete) ? 'unknown' : 'unchecked'
}

/**
 * Whether a grade is on a framework's scale: "adequate" exists only from PEEL 2021/22 and fire round 3.
 *
 * @example gradeInFramework('peel-2018-19', 'adequate') // false
 */
export function gradeInFramework(framework: InspectionFramework, grade: GradeValue): boolean {
  const definitions = frameworkDefinitionsOf(framework)
  return definitions.length === 0 || definitions.some((definition) => definition.grades.includes(grade))
}
