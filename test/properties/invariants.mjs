// What must hold of every parse and lint result, whatever the input. Each check throws an
// `InvariantError` naming the broken promise; fast-check reports it with the input that broke it.

export class InvariantError extends Error {
  name = 'InvariantError'
}

function fail(what, detail) {
  throw new InvariantError(`${what}: ${detail}`)
}

const show = (value) => JSON.stringify(value.length > 120 ? `${value.slice(0, 117)}…` : value)

/**
 * Run `run`; return its result, or `undefined` when it threw one of the documented error classes.
 * Any other exception is a bug and fails with its name and message (never a hang: the caller's
 * timeout catches that).
 */
export async function resultOrTypedError(run, allowed, what) {
  try {
    return await run()
  } catch (error) {
    if (allowed.some((type) => error instanceof type)) {
      if (!/expected/.test(error.message)) fail(`${what} threw ${error.name}`, `its message does not say what was expected: ${show(error.message)}`)
      return undefined
    }
    fail(`${what} threw an undocumented ${error?.name ?? typeof error}`, String(error?.stack ?? error))
  }
}

/**
 * Every item's position is inside `source`, items come in document order, and (for text and
 * Markdown input) `source.slice(start.offset, end.offset)` is the item's verbatim text.
 */
export function checkSpans(items, source, sliceable, label, textOf = (item) => item.text) {
  // HTML parsing moves nodes (a paragraph inside a table is put before it), so source order is
  // only promised for text and Markdown.
  let previous = 0
  for (const [index, item] of items.entries()) {
    const {start, end} = item.position
    const where = `${label}[${index}]`
    if (!Number.isInteger(start.offset) || !Number.isInteger(end.offset)) fail(where, `expected integer offsets, found ${start.offset}–${end.offset}`)
    if (start.offset < 0 || start.offset > end.offset || end.offset > source.length) {
      fail(where, `expected 0 ≤ start ≤ end ≤ ${source.length}, found ${start.offset}–${end.offset}`)
    }
    if (sliceable && start.offset < previous) fail(where, `expected document order, found offset ${start.offset} after ${previous}`)
    previous = start.offset
    if (sliceable && source.slice(start.offset, end.offset) !== textOf(item)) {
      fail(where, `expected source.slice(${start.offset}, ${end.offset}) to be its text ${show(textOf(item))}, found ${show(source.slice(start.offset, end.offset))}`)
    }
  }
}

function checkMessages(messages, source, label) {
  for (const message of messages) {
    if (message.source !== source || typeof message.ruleId !== 'string' || typeof message.reason !== 'string') {
      fail(label, `expected a vfile message with source ${source} and a ruleId, found ${show(JSON.stringify(message))}`)
    }
  }
}

function checkUniqueIds(findings) {
  const ids = new Set()
  for (const finding of findings) {
    if (ids.has(finding.id)) fail('finding ids', `expected unique ids, found ${finding.id} twice`)
    ids.add(finding.id)
  }
}

/** A parsed report validates, and its findings, grades and history are placed and in order. */
export function checkReport({report, messages}, source, sliceable, {schema}) {
  const validation = schema.validateInspectionReport(report)
  if (!validation.success) fail('report', `expected it to validate, found ${JSON.stringify(validation.issues.slice(0, 3))}`)
  checkSpans(report.findings, source, sliceable, 'findings')
  checkSpans(report.grades, source, sliceable, 'grades', (grade) => grade.quote)
  checkSpans(report.history ?? [], source, sliceable, 'history')
  checkUniqueIds(report.findings)
  checkMessages(messages, 'scrutiny-parser', 'report messages')
}

/** A parsed response validates, and every verbatim passage is placed and in order. */
export function checkResponse({response, messages}, source, sliceable, {schema}) {
  const validation = schema.validateStatutoryResponse(response)
  if (!validation.success) fail('response', `expected it to validate, found ${JSON.stringify(validation.issues.slice(0, 3))}`)
  checkSpans(response.findingResponses, source, sliceable, 'findingResponses')
  checkSpans(response.statutoryBasis, source, sliceable, 'statutoryBasis')
  checkSpans(response.exclusions, source, sliceable, 'exclusions')
  checkMessages(messages, 'scrutiny-parser', 'response messages')
}

/** Two runs on the same input give the same document (so the same ids). */
export function checkSame(first, second, label) {
  const a = JSON.stringify(first)
  const b = JSON.stringify(second)
  if (a !== b) fail(label, 'expected two runs on the same input to give the same result, found a difference')
}

/**
 * What a lint result decides, without positions (which move with line endings): each rule and
 * its severity, and which findings are answered with what stance.
 */
export function verdict({messages, coverage, deadline}) {
  return {
    messages: messages.map((message) => `${message.ruleId} ${message.fatal}`).sort(),
    coverage: coverage.map((row) => `${row.findingId ?? row.kind} ${row.answered} ${row.stance ?? ''}`),
    deadline: deadline ? JSON.stringify(deadline) : undefined
  }
}
