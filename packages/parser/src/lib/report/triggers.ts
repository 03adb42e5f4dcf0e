/**
 * Which of the readers' trigger words a block holds, found once for all readers. Each reader that
 * declares triggers (`ReportReader['triggers']`) is asked about a block only when the block holds
 * one of them, so a word several readers wait for is searched for once a block, not once a reader.
 * A word is searched for only when a reader still to run asks about it (a block an earlier reader
 * took costs nothing more), and in any case: a case-insensitive search with Unicode case folding,
 * as the readers' `iu` patterns read ("ſ" as "s"), so a trigger is never missing from a block one
 * of its reader's patterns would match. No lower-cased copy of each block is made.
 */
export class TriggerIndex {
  readonly #searches: RegExp[] = []
  readonly #ids = new Map<string, number>()
  // Per word, for the current block: 0 not searched yet, 1 present, 2 absent.
  #found = new Uint8Array(0)
  #text = ''

  /** The ids of a reader's trigger words (lower-case literals); each distinct word is searched for once a block. */
  ids(words: readonly string[]): readonly number[] {
    return words.map((word) => {
      let id = this.#ids.get(word)
      if (id === undefined) {
        id = this.#searches.push(new RegExp(word.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'), 'iu')) - 1
        this.#ids.set(word, id)
        this.#found = new Uint8Array(this.#searches.length)
      }
      return id
    })
  }

  /** Start on the next block. */
  block(text: string): void {
    this.#text = text
    this.#found.fill(0)
  }

  /** Whether the current block holds any of the words `ids` names. */
  any(ids: readonly number[]): boolean {
    for (const id of ids) {
      let found = this.#found[id]!
      if (found === 0) {
        found = this.#searches[id]!.test(this.#text) ? 1 : 2
        this.#found[id] = found
      }
      if (found === 1) return true
    }
    return false
  }
}
