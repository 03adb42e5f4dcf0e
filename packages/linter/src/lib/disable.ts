// `<!-- scrutiny-disable rule-id other-id -->`; the id list is bounded and holds no `>`, so the
// match is linear.
const disableComment = /<!--[ \t]*scrutiny-disable([^>]{0,500})-->/g

/** One rule id of a disable comment, and the offset of the comment in the text. */
export interface DisabledId {
  id: string
  offset: number
  length: number
}

/** Every rule id of every disable comment, `'*'` for a comment without ids. */
export function disableComments(text: string): DisabledId[] {
  const ids: DisabledId[] = []
  for (const match of text.matchAll(disableComment)) {
    const list = (match[1] ?? '').split(/[\s,]+/).filter((id) => id !== '')
    const where = {offset: match.index ?? 0, length: match[0].length}
    if (list.length === 0) ids.push({id: '*', ...where})
    for (const id of list) ids.push({id, ...where})
  }
  return ids
}

/**
 * Rule ids turned off for a file by `<!-- scrutiny-disable rule-id -->` comments; an empty list
 * (`<!-- scrutiny-disable -->`) turns off every rule and is returned as `'*'`.
 *
 * @example
 *   disabledRules('<!-- scrutiny-disable copies-sent report-linked -->') // Set {'copies-sent', 'report-linked'}
 */
export function disabledRules(text: string): Set<string> {
  return new Set(disableComments(text).map(({id}) => id))
}
