// `<!-- scrutiny-disable rule-id other-id -->`; the id list is bounded and holds no `>`, so the
// match is linear.
const disableComment = /<!--[ \t]*scrutiny-disable([^>]{0,500})-->/g

/**
 * Rule ids turned off for a file by `<!-- scrutiny-disable rule-id -->` comments; an empty list
 * (`<!-- scrutiny-disable -->`) turns off every rule and is returned as `'*'`.
 *
 * @example
 *   disabledRules('<!-- scrutiny-disable copies-sent report-linked -->') // Set {'copies-sent', 'report-linked'}
 */
export function disabledRules(text: string): Set<string> {
  const ids = new Set<string>()
  for (const match of text.matchAll(disableComment)) {
    const list = (match[1] ?? '').split(/[\s,]+/).filter((id) => id !== '')
    if (list.length === 0) ids.add('*')
    for (const id of list) ids.add(id)
  }
  return ids
}
