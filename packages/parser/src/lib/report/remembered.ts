// Answers the readers ask again and again within a document (the areas of "good at investigating
// crime", who "the College of Policing" is), remembered while the document is read. They are
// forgotten when its reading ends (and when the next starts): a remembered text is often a slice of
// its document, which it would keep in memory.

const memories: Array<Map<string, unknown>> = []

/**
 * `read`, with each answer remembered by the text it was given while a document is read.
 * Only for answers that depend on the text alone; the caller must not change what it is given.
 */
export function rememberedPerDocument<Answer>(read: (text: string) => Answer): (text: string) => Answer {
  const answers = new Map<string, Answer>()
  memories.push(answers as Map<string, unknown>)
  return (text) => {
    let answer = answers.get(text)
    if (answer === undefined && !answers.has(text)) {
      answer = read(text)
      answers.set(text, answer)
    }
    return answer as Answer
  }
}

/** Forget every remembered answer: a document's reading starts or ends. */
export function forgetRemembered(): void {
  for (const answers of memories) answers.clear()
}

/**
 * `test`, with the answer for the last text it was asked about kept: the readers take a block one
 * after another, and one reader may ask the same of a block in several places, so the block is
 * scanned once. The same string compares at once; a copy with the same characters compares
 * character by character, which is no more than the scan it saves.
 */
export function rememberedForLastText(test: (text: string) => boolean): (text: string) => boolean {
  let lastText: string | undefined
  let lastAnswer = false
  return (text) => {
    if (text !== lastText) {
      lastAnswer = test(text)
      lastText = text
    }
    return lastAnswer
  }
}
