// Which labelled set a blind document came with, so that `pnpm eval` scores each blind set apart.
// A fresh set is scored before any change and an older one may have been probed or moved: one
// total over every blind set hides which of them a change helped. The corpus README is the record
// of the sets: each set's section ends with "- blind reports: a, b" and "- blind responses: c, d"
// lines, and blind.json says which documents are still blind.
import {readFileSync} from 'node:fs'

const readme = new URL('../../fixtures/corpus/README.md', import.meta.url)

/**
 * The set of each blind document, as `{reports, responses}` maps from slug to the set's name (its
 * README heading without the date, e.g. "Twentieth set"). A blind document that no README section
 * lists is in "unlisted", so that it is still scored and the gap shows. `order` lists the sets in
 * the README's order.
 */
export function blindSets(blind) {
  const sets = {reports: new Map(), responses: new Map()}
  let section = 'unlisted'
  for (const line of readFileSync(readme, 'utf8').split('\n')) {
    if (line.startsWith('## ')) section = line.slice(3).replace(/\s*\(.*\)\s*$/, '').trim()
    const listed = /^- blind (reports|responses): (.*)$/.exec(line)
    if (!listed) continue
    for (const slug of listed[2].split(',').map((entry) => entry.trim())) {
      if (blind[listed[1]].includes(slug)) sets[listed[1]].set(slug, section)
    }
  }
  const order = [...new Set([...sets.reports.values(), ...sets.responses.values()]), 'unlisted']
  return {
    /** Set names in the README's order (then "unlisted"), to sort tables by. */
    order,
    reports: (slug) => sets.reports.get(slug) ?? 'unlisted',
    responses: (slug) => sets.responses.get(slug) ?? 'unlisted'
  }
}
