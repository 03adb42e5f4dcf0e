import {readFileSync} from 'node:fs'
import type {Nodes, Root} from 'mdast'

export function fixture(path: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url)))
}

/** The text of a corpus file after its header (up to the first `---` line). */
export function corpusText(path: string): string {
  const text = readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url), 'utf8')
  const rule = text.indexOf('\n---\n')
  return rule < 0 ? text : text.slice(rule + 5)
}

/** All text of a tree in document order, footnote labels included, whitespace normalised. */
export function flatText(tree: Root): string {
  const parts: string[] = []
  const visit = (node: Nodes) => {
    if (node.type === 'text') parts.push(node.value)
    if (node.type === 'footnoteDefinition') parts.push(`[${node.label}]`)
    if ('children' in node) node.children.forEach(visit)
  }
  visit(tree)
  return parts.join(' ').replace(/[\s\u00A0]+/g, ' ').trim()
}

/** Every node with a position, depth first. */
export function positioned(tree: Root): Nodes[] {
  const nodes: Nodes[] = []
  const visit = (node: Nodes) => {
    nodes.push(node)
    if ('children' in node) node.children.forEach(visit)
  }
  visit(tree)
  return nodes
}
