import {ScrutinyError} from '@scrutiny/schema'
import type {DenseConstruct, TooDense} from './density.js'

/**
 * Base class of the errors `toMdast` (and so `parseReport`) throws for input it cannot read as
 * text. Text content never throws: only undecodable, empty or binary input does.
 */
export class InputError extends ScrutinyError {
  override name = 'InputError'
  /** The file name the input came from, or `input` when it has none (also `path`). */
  readonly fileName: string

  constructor(fileName: string, message: string) {
    super(`Cannot read ${fileName}: ${message}`, fileName)
    this.fileName = fileName
  }
}

/** Thrown for input with no bytes or only whitespace. */
export class EmptyInputError extends InputError {
  override name = 'EmptyInputError'

  constructor(fileName: string, found: string) {
    super(fileName, `expected report or response text, found ${found}`)
  }
}

/** Thrown for input that holds binary data (NUL bytes or mostly control characters). */
export class BinaryInputError extends InputError {
  override name = 'BinaryInputError'
  /** The first bytes or characters, as hexadecimal, so the input is recognisable. */
  readonly head: string

  constructor(fileName: string, reason: string, head: string) {
    super(
      fileName,
      `expected text (UTF-8, UTF-16 or Windows-1252), found binary data (${reason}; starts ${head})`
    )
    this.head = head
  }
}

/** Thrown when `options.format` is not one of `markdown`, `text` or `html`. */
export class UnsupportedFormatError extends InputError {
  override name = 'UnsupportedFormatError'

  constructor(fileName: string, format: unknown) {
    super(fileName, `expected format \`markdown\`, \`text\` or \`html\`, found ${JSON.stringify(format)}`)
  }
}

/** Thrown for Markdown or HTML whose lists, quotes or elements nest deeper than any document does. */
export class NestingTooDeepError extends InputError {
  override name = 'NestingTooDeepError'
  /** The line where the nesting passes the limit, when it is known. */
  readonly line: number | undefined

  constructor(fileName: string, format: 'markdown' | 'html', limit: number, line?: number) {
    const what = format === 'html' ? 'elements' : 'lists and quotes'
    super(fileName, `expected ${format === 'html' ? 'HTML' : 'Markdown'} ${what} nested at most ${limit} levels deep, found deeper nesting${line === undefined ? '' : ` on line ${line}`}`)
    this.line = line
  }
}

/**
 * Thrown for Markdown that holds more of a construct remark-parse is super-linear on than any
 * document does: link labels, emphasis markers or emphasis markers after much other markup in one
 * paragraph, or a long run of backticks (see `markdownTooDense`).
 */
export class MarkdownTooDenseError extends InputError {
  override name = 'MarkdownTooDenseError'
  /** The line where the count passes the limit. */
  readonly line: number
  /** What was found too much of: `link labels`, `emphasis markers`, `emphasis look-back` or `backticks`. */
  readonly construct: DenseConstruct

  constructor(fileName: string, {construct, limit, found, line}: TooDense) {
    super(
      fileName,
      construct === 'backticks'
        ? `expected runs of at most ${limit} backticks in Markdown, found a run of ${found} on line ${line}`
        : `expected at most ${limit} ${constructNames[construct]} in one Markdown paragraph, found ${found} by line ${line}`
    )
    this.line = line
    this.construct = construct
  }
}

const constructNames = {
  'link labels': 'link labels (`[…]`, with or without a link after them)',
  'emphasis markers': 'emphasis markers (runs of `*` or `_` not spaced on both sides)',
  'emphasis look-back':
    'emphasis look-back (each emphasis marker counts one for every bracket, backslash, `&`, `<`, `!`, backtick, emphasis marker and line ending before it)'
}
