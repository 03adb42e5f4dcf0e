import type {NationalBody} from './types.js'

/** National bodies that HMICFRS reports address or that responses cite. */
export const nationalBodies: readonly NationalBody[] = [
  {
    id: 'npcc',
    name: "National Police Chiefs' Council",
    kind: 'npcc',
    aliases: ['NPCC', 'National Police Chiefs Council']
  },
  {
    id: 'college-of-policing',
    name: 'College of Policing',
    kind: 'college-of-policing',
    aliases: ['College of Policing Limited']
  },
  {
    // s.55 says "the Secretary of State"; responses write the Home Secretary or the Home Office.
    id: 'home-office',
    name: 'Home Office',
    kind: 'home-office',
    aliases: [
      'Home Secretary',
      'Secretary of State for the Home Department',
      'Secretary of State for the Home Office'
    ]
  },
  {
    id: 'nca',
    name: 'National Crime Agency',
    kind: 'nca',
    aliases: ['NCA']
  },
  {
    id: 'btp',
    name: 'British Transport Police',
    kind: 'btp',
    aliases: ['BTP']
  },
  {
    // The statute still says "the inspectors of constabulary"; the name changed by practice in
    // 2017 (fire added) and 2022 (the change of monarch), so every form is a synonym.
    id: 'hmicfrs',
    name: "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
    kind: 'inspectorate',
    aliases: [
      'HMICFRS',
      'HMIC',
      "Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
      "His Majesty's Inspectorate of Constabulary",
      "Her Majesty's Inspectorate of Constabulary",
      'HM Inspectorate of Constabulary and Fire & Rescue Services',
      'HM Inspectorate of Constabulary',
      "Her Majesty's Inspectors of Constabulary",
      "His Majesty's Inspectors of Constabulary",
      'the inspectors of constabulary'
    ]
  }
]
