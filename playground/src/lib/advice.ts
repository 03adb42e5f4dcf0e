/** A plain-English title for each rule and what the response should add to satisfy it. */
export interface Advice {
  title: string
  add: string
}

/**
 * Advice by linter rule id. Rules not listed fall back to the linter's own description, so a new
 * rule still shows up, only less plainly.
 */
export const adviceByRule: Record<string, Advice> = {
  'lpb-comments': {
    title: "The local policing body's own comments are missing",
    add: 'Add a section in your own voice commenting on the report, headed for example "Commissioner\'s comments".'
  },
  'local-policing-body': {
    title: 'The response does not come from the local policing body',
    add: 'Name the commissioner (or mayor, MOPAC, Common Council) as the author and have them sign it; a force statement alone is not the body\'s comments.'
  },
  'chief-officer-invited': {
    title: 'No sign that the chief officer was invited to comment',
    add: "Include the chief officer's comments, or say that you invited them (and by what date)."
  },
  'chief-officer-comments': {
    title: "The chief officer's comments are not published with the response",
    add: "Publish the chief officer's comments with yours, or state that none were submitted."
  },
  'response-to-chief-officer': {
    title: "No response to the chief officer's comments",
    add: "Add a short section giving your view of the chief officer's comments."
  },
  'published-within-56-days': {
    title: 'The 56-day deadline',
    add: 'Publish all three parts together by the last permitted day shown above; if it has passed, publish now and say why the response is late.'
  },
  'recommendations-explained': {
    title: 'A recommendation is not explained',
    add: 'For each recommendation, say what you have done or will do about it, or why you will do nothing.'
  },
  'explanations-in-lpb-comments': {
    title: "Recommendations are explained only in the chief officer's section",
    add: 'Repeat or adopt the explanation in your own comments ("I have asked the Chief Constable to …; I will monitor …").'
  },
  'copies-sent': {
    title: 'No statement that copies go to HMICFRS and the Home Secretary',
    add: 'Add: "A copy of this response has been sent to HMICFRS and to the Home Secretary."'
  },
  'no-s55-exclusion-claim': {
    title: 'Material is withheld on grounds that belong to the inspectors',
    add: 'Remove the claim, or give the legal basis the body itself has for withholding the material.'
  },
  'report-identified': {
    title: 'The report is not clearly identified',
    add: "Name the report by its exact title (and link to it on the HMICFRS website)."
  },
  'report-linked': {
    title: 'No link to the report',
    add: "Link to the report's page on the HMICFRS website."
  },
  'cites-section-55': {
    title: 'Section 55 is not cited',
    add: 'Say that this is the body\'s response under section 55 of the Police Act 1996.'
  },
  'dates-stated': {
    title: 'Dates are not stated',
    add: "State the date the report was published and the date of this response."
  },
  'afis-addressed': {
    title: 'An area for improvement or cause of concern is not answered',
    add: 'Say what is being done about each area for improvement and cause of concern, not only the recommendations.'
  },
  'monitoring-described': {
    title: 'No description of how delivery will be monitored',
    add: 'Say how you will hold the chief officer to account for the improvements (board, meeting, how often).'
  },
  'parts-labelled': {
    title: 'The three statutory parts are not labelled',
    add: "Use headings for your comments, the chief officer's comments and your response to them."
  },
  'signed-and-dated': {
    title: 'The response is not signed and dated',
    add: 'End with the name and role of the person signing for the body, and the date.'
  }
}
