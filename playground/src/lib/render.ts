import {h} from './dom.js'
import type {CheckEntry, CoverageEntry, DeadlineSummary, Issue, Passage, Summary, Verdict} from './summary.js'

const severityTags = {error: 'Must fix', warning: 'Check', info: 'Advice'} as const

/**
 * The results, in reading order: verdict, deadline, issues, coverage table, then the draft with
 * the answering passages highlighted (the coverage table links to them).
 */
export function renderResults(summary: Summary, responseText: string): DocumentFragment {
  const fragment = document.createDocumentFragment()
  fragment.append(
    renderVerdict(summary.verdict),
    renderDeadline(summary.deadline),
    renderChecks(summary.checks),
    renderIssues(summary.issues),
    renderCoverage(summary.coverage),
    renderDraft(responseText, summary.passages)
  )
  return fragment
}

function renderVerdict(verdict: Verdict): HTMLElement {
  const counts = [
    `${verdict.errors} ${verdict.errors === 1 ? 'issue' : 'issues'} to fix`,
    `${verdict.warnings} to check`,
    `${verdict.notes} ${verdict.notes === 1 ? 'piece' : 'pieces'} of advice`
  ].join(', ')
  return h(
    'div',
    {class: `verdict ${verdict.meetsRequirements ? 'verdict--meets' : 'verdict--fails'}`, id: 'verdict'},
    h('p', {class: 'verdict__title'}, verdict.headline),
    h('p', {class: 'verdict__counts'}, counts)
  )
}

function renderDeadline(deadline: DeadlineSummary): HTMLElement {
  // The dates and counts come in words from the linter, as the sentence does: the page works none out.
  const facts = h('dl', {class: 'summary-list'})
  for (const {term, value} of deadline.facts) facts.append(h('div', {}, h('dt', {}, term), h('dd', {}, value)))
  return h(
    'section',
    {'aria-labelledby': 'deadline-heading', id: 'deadline', class: `deadline deadline--${deadline.state}`},
    h('h3', {id: 'deadline-heading'}, 'Deadline'),
    h('p', {class: 'deadline__sentence'}, deadline.sentence),
    facts.childElementCount > 0 && facts
  )
}

function renderIssues(issues: Issue[]): HTMLElement {
  const section = h(
    'section',
    {'aria-labelledby': 'issues-heading', id: 'issues'},
    h('h3', {id: 'issues-heading'}, `Issues (${issues.length})`)
  )
  if (issues.length === 0) {
    section.append(h('p', {}, 'Nothing to fix: every statutory check passed.'))
    return section
  }
  const list = h('ol', {class: 'issues'})
  for (const issue of issues) {
    const details = h('dl', {class: 'summary-list'})
    const fact = (term: string, value: Node | string) => details.append(h('div', {}, h('dt', {}, term), h('dd', {}, value)))
    if (issue.section) fact('Section', issue.section)
    if (issue.citation) fact('Law or guidance', issue.citation)
    fact('What to add', issue.whatToAdd)
    list.append(
      h(
        'li',
        {class: `issue issue--${issue.severity}`, id: issue.id, 'data-rule': issue.ruleId},
        h('h4', {}, h('strong', {class: `tag tag--${issue.severity}`}, severityTags[issue.severity]), ' ', issue.title),
        h('p', {class: 'issue__detail'}, issue.detail),
        issue.quote !== undefined && h('blockquote', {class: 'quote'}, issue.quote),
        details
      )
    )
  }
  section.append(list)
  return section
}

const outcomeTags = {met: ['Met', 'tag--answered'], 'not-met': ['Not met', 'tag--error'], 'cannot-tell': ['Cannot tell', 'tag--warning']} as const

/** Every check with its outcome, as the text reporter lists them. */
function renderChecks(checks: CheckEntry[]): HTMLElement {
  const list = h('ul', {class: 'checks'})
  for (const check of checks) {
    const [tag, tagClass] = outcomeTags[check.outcome]
    list.append(
      h(
        'li',
        {'data-rule': check.ruleId, 'data-outcome': check.outcome},
        h('strong', {class: `tag ${tagClass}`}, tag),
        ' ',
        check.label,
        check.quote !== undefined && h('blockquote', {class: 'quote'}, check.quote)
      )
    )
  }
  return h('section', {'aria-labelledby': 'checks-heading', id: 'checks'}, h('h3', {id: 'checks-heading'}, 'Checks'), list)
}

function renderCoverage(entries: CoverageEntry[]): HTMLElement {
  const section = h(
    'section',
    {'aria-labelledby': 'coverage-heading', id: 'coverage'},
    h('h3', {id: 'coverage-heading'}, 'Coverage of the report')
  )
  if (entries.length === 0) {
    section.append(h('p', {}, 'No recommendations, causes of concern or areas for improvement were found in the report or quoted in the response.'))
    return section
  }
  const body = h('tbody')
  for (const entry of entries) {
    const where = entry.passageId
      ? h('a', {href: `#${entry.passageId}`}, entry.where ?? 'Show passage')
      : entry.where ?? '—'
    body.append(
      h(
        'tr',
        {class: entry.answered ? 'row--answered' : 'row--unanswered', 'data-finding': entry.findingId},
        h('th', {scope: 'row'}, entry.number ? `${entry.kindLabel} ${entry.number}` : entry.kindLabel),
        h('td', {}, entry.text),
        h('td', {}, h('strong', {class: `tag ${entry.answered ? 'tag--answered' : 'tag--error'}`}, entry.answer)),
        h('td', {}, where)
      )
    )
  }
  const answered = entries.filter((entry) => entry.answered).length
  section.append(
    h(
      'table',
      {class: 'coverage'},
      h('caption', {}, `${answered} of ${entries.length} answered`),
      h(
        'thead',
        {},
        h('tr', {}, ...['Finding', 'What the report says', 'Answer', 'Where in the response'].map((label) => h('th', {scope: 'col'}, label)))
      ),
      body
    )
  )
  return section
}

/** The draft as text, with each answering passage in a focusable `mark` the table links to. */
function renderDraft(text: string, passages: Passage[]): HTMLElement {
  const draft = h('div', {class: 'draft', id: 'draft-text'})
  let cursor = 0
  for (const passage of passages) {
    draft.append(text.slice(cursor, passage.start))
    draft.append(h('mark', {id: passage.id, tabindex: '-1'}, text.slice(passage.start, passage.end)))
    cursor = passage.end
  }
  draft.append(text.slice(cursor))
  return h(
    'section',
    {'aria-labelledby': 'draft-heading', id: 'draft'},
    h('h3', {id: 'draft-heading'}, 'The response, with the passages that answer findings highlighted'),
    draft
  )
}
