import type {GovernanceEvent} from './types.js'

/**
 * Changes of police governance that are not law in force: announcements and proposals (which may
 * yet become law, and then become dated terms in `forces`) and a transfer a court quashed. They
 * change no verdict; `findForce` lists the ones still pending so a user can see what is coming.
 */
export const governanceEvents: readonly GovernanceEvent[] = [
  {
    id: 'west-midlands-mayor-transfer-quashed',
    title: 'Transfer of the West Midlands PCC functions to the mayor, quashed',
    stage: 'quashed',
    date: '2024-03-18',
    summary:
      "The Home Secretary's decision of 6 February 2024 to transfer the West Midlands PCC's functions to the Mayor of the West Midlands was quashed by the High Court for an unlawful consultation ([2024] EWHC 604 (Admin)); the Court of Appeal dismissed the Home Secretary's appeal, and a PCC was elected on 2 May 2024.",
    forceIds: ['west-midlands'],
    source: 'https://caselaw.nationalarchives.gov.uk/ewhc/admin/2024/604',
    status: 'verified',
    note: 'The judgment (18 March 2024) is primary; the Court of Appeal outcome is from a secondary report (localgovernmentlawyer.co.uk), its date not recorded.'
  },
  {
    id: 'pcc-abolition-2028',
    title: 'Police and crime commissioners to be abolished at the end of their terms in May 2028',
    stage: 'announced',
    date: '2025-11-13',
    summary:
      'Statement on police reform by the policing minister (House of Commons, 13 November 2025): subject to legislation, the PCC model will be abolished at the end of the existing term of office, in May 2028; functions pass to mayors where possible and otherwise to policing and crime boards of local council leaders. Primary legislation (a police reform Bill) is needed.',
    expected: 'May 2028, subject to primary legislation',
    affectsKinds: ['pcc', 'pfcc'],
    source:
      'https://www.parallelparliament.co.uk/mp/rachel-hopkins/debate/Commons/2025-11-13/debates/4F4435A9-95B2-4E22-BF5B-FB3459AA9BA1/PoliceReform',
    status: 'secondary',
    note: 'Hansard text of the statement as reproduced by Parallel Parliament; the gov.uk page was not found in the stored sources.'
  },
  {
    id: 'police-reform-white-paper-2026',
    title: 'From local to national: a new model for policing (white paper)',
    stage: 'white-paper',
    date: '2026-01-26',
    summary:
      'Proposes a National Police Service for national functions (counter-terrorism, serious and organised crime, regional organised crime units) and an independent review of force structures to reduce the number of the 43 forces (findings expected summer 2026). Proposals only: no force or body changes until legislation says so.',
    source: 'https://www.parliamenttoday.com/free/viewnews.html?id=171603',
    status: 'secondary',
    note: 'Policy paper notice dated Monday 26 January 2026 (Parliament Today); details from policeprofessional.com (27 January 2026) and solicitornews.co.uk. The gov.uk page was not found in the stored sources.'
  }
]
