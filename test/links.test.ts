// Every link of the documentation resolves (issue 12: "some anchors do not exist"): each relative
// link of a Markdown page to a file of the repository, and its `#anchor` to a heading of that
// page; each URL into the repository's docs that the sources give (rule and message URLs, SARIF
// help) to a file, and its anchor to a heading there.
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {dirname, join, normalize, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {expect, it} from 'vitest'
import {anchorsOf, fence} from './markdown-anchors.js'

const root = fileURLToPath(new URL('..', import.meta.url))
// Real documents and their copies are kept as published; the build output and installed packages are not ours.
const skipped = new Set(['node_modules', 'dist', 'fixtures', '.git', 'build', '__snapshots__'])
const repositoryDocs = /https:\/\/github\.com\/scrutiny-dev\/scrutiny\/(?:blob|tree)\/main\/([^\s'"`)\]>]+)/g

function files(directory: string, found: string[] = []): string[] {
  for (const entry of readdirSync(directory, {withFileTypes: true})) {
    if (skipped.has(entry.name)) continue
    const path = join(directory, entry.name)
    if (entry.isDirectory()) files(path, found)
    else if (/\.(?:md|ts|mjs|json|html)$/.test(entry.name)) found.push(path)
  }
  return found
}

const anchorsByFile = new Map<string, Set<string>>()
function anchors(path: string): Set<string> {
  let known = anchorsByFile.get(path)
  if (!known) anchorsByFile.set(path, (known = anchorsOf(readFileSync(path, 'utf8'))))
  return known
}

/** What is wrong with a link to `target` (a path from the root, with an optional anchor), if anything. */
function problem(target: string): string | undefined {
  const [path = '', anchor] = target.split('#')
  const file = join(root, path)
  if (!existsSync(file)) return `no file ${path}`
  if (anchor && file.endsWith('.md') && !anchors(file).has(decodeURIComponent(anchor))) return `no heading #${anchor} in ${path}`
  return undefined
}

/** The relative links of a Markdown page, outside code blocks and code spans. */
function relativeLinks(markdown: string): string[] {
  const links: string[] = []
  let inFence = false
  for (const line of markdown.split('\n')) {
    if (fence.test(line)) inFence = !inFence
    if (inFence) continue
    const prose = line.replace(/`[^`]*`/g, '')
    for (const match of prose.matchAll(/\]\(([^)\s]+)(?: "[^"]*")?\)|\b(?:src|href)="([^"]+)"/g)) {
      const link = match[1] ?? match[2]!
      if (!/^[a-z]+:/i.test(link)) links.push(link)
    }
  }
  return links
}

it('every relative link of the Markdown pages names a file of the repository, and a heading that exists', () => {
  const broken: string[] = []
  for (const file of files(root).filter((path) => path.endsWith('.md'))) {
    const from = relative(root, file)
    for (const link of relativeLinks(readFileSync(file, 'utf8'))) {
      const target = link.startsWith('#') ? `${from}${link}` : normalize(join(dirname(from), link))
      const found = problem(target)
      if (found) broken.push(`${from}: (${link}) ${found}`)
    }
  }
  expect(broken).toEqual([])
})

it('every URL into the repository’s docs that a source or page gives names a file, and a heading that exists', () => {
  const broken: string[] = []
  let checked = 0
  for (const file of files(root)) {
    for (const match of readFileSync(file, 'utf8').matchAll(repositoryDocs)) {
      // A template (`${docsUrl}#${rule.id}`) is checked where its values are: the rules' and messages' own tests.
      if (match[1]!.includes('${')) continue
      checked++
      const found = problem(match[1]!)
      if (found) broken.push(`${relative(root, file)}: ${match[0]} ${found}`)
    }
  }
  expect(checked).toBeGreaterThan(0)
  expect(broken).toEqual([])
})
