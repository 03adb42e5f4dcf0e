import type {Nodes} from 'mdast'

/** Siblings being walked, and what a path's walk keeps for them (the list they belong to, …). */
export interface Frame<State> {
  readonly nodes: readonly Nodes[]
  /** Index in `nodes` of the node being entered. */
  index: number
  state: State
}

/** Sibling nodes to walk next, with the state their frame starts with. */
export interface Descent<State> {
  nodes: readonly Nodes[]
  state: State
}

/**
 * Enter every node of a tree in document order, the one block walk of the report and response
 * paths. `enter` reads a node (its frame says where it stands) and returns the sibling lists to walk
 * next, in reading order, each with its own state, or nothing to skip what the node holds. The walk
 * keeps its own stack, not recursion: "1. 1. 1. …" or "> > > …" nests thousands deep.
 */
export function walkTree<State>(
  nodes: readonly Nodes[],
  state: State,
  enter: (node: Nodes, frame: Frame<State>) => ReadonlyArray<Descent<State>> | undefined
): void {
  const stack: Array<Frame<State>> = [{nodes, index: -1, state}]
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!
    const node = frame.nodes[++frame.index]
    if (node === undefined) {
      stack.pop()
      continue
    }
    const descents = enter(node, frame)
    if (!descents) continue
    for (let index = descents.length - 1; index >= 0; index--) stack.push({nodes: descents[index]!.nodes, index: -1, state: descents[index]!.state})
  }
}
