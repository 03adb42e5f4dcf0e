// The parser's one message table: for every message it gives (reading a report, a response or any
// input), when it is given, the note that says why or what to do, and the developer form of the
// reason ("Unexpected …, expected …"; each `{name}` is filled from the values given where it is
// emitted). No reason is written anywhere else: a test fails on one that is. `docs/parser-messages.md` and the messages' URLs are generated from this table, so a URL
// always points at a heading that exists.

/** Where the parser's messages are documented: one heading per message id. */
const messagesDocs = 'https://github.com/scrutiny-dev/scrutiny/blob/main/docs/parser-messages.md'

export interface ParserMessageSpec {
  /** What the message is about: a report, a response, or any input. */
  reads: 'report' | 'response' | 'input'
  /** When it is given, one sentence for the docs. */
  when: string
  /** The message `note`: why it matters, or what to do. */
  note: string
  /** The reason (developer form, "Unexpected …, expected …"); each `{name}` is filled from the values given where it is emitted. */
  reason: string
}

export const parserMessages = {
  'empty-finding-section': {
    reads: 'report',
    when: 'A findings heading with nothing extracted under it.',
    note: 'The text under the heading may be missing or in a shape the parser does not read.',
    reason: 'Unexpected section `{heading}` with no {kind} under it, expected at least one'
  },
  'numbering-gap': {
    reads: 'report',
    when: 'A numbered finding skips a number.',
    note: 'A finding may be missing from the copy.',
    reason: 'Unexpected {kind} number {number} after {last}, expected {next}'
  },
  'unplaced-finding': {
    reads: 'report',
    when: 'A paragraph shaped like the next item of a findings list ("1234567. The force should…") that the front end did not read as an item; it is kept as a finding.',
    note: 'The line looks like the next item of the list but was not read as one; it is kept as a finding.',
    reason: 'Unexpected {kind} `{text}` outside the list before it, expected a list item'
  },
  'cause-without-recommendation': {
    reads: 'report',
    when: 'A cause of concern with no recommendation.',
    note: 'A cause of concern is always accompanied by recommendations; they may be missing from the copy.',
    reason: 'Unexpected cause of concern `{text}` without recommendations, expected at least one'
  },
  'cause-summary-only': {
    reads: 'report',
    when: 'A cause of concern listed in short ahead of causes stated in full, with no statement in full of its own (the short form is kept as the finding).',
    note: 'The copy was probably cut off before the cause was stated in full; the short form may name only its topic.',
    reason: 'Unexpected cause of concern `{text}` listed in short and not stated in full, expected its statement after the list'
  },
  'cause-topic-only': {
    reads: 'report',
    when: 'An item after a lead-in naming causes of concern that names only a topic ("call handling;") or the inspection that issued the cause (no finding is kept).',
    note: 'Exit and progress letters list the causes they close by topic or by report; the statement of each cause is elsewhere, or missing from the copy.',
    reason: 'Unexpected item `{text}` naming a cause of concern’s topic or the inspection that issued it, expected the cause as a statement'
  },
  'cause-unread': {
    reads: 'report',
    when: 'A quotation after a speech verb and a colon calling what it states a cause of concern ("She said: “… is a cause of concern to HMIC."), which the parser does not read as one: whose cause it is cannot be told from the sentence (no finding is kept).',
    note: 'The speaker may be the inspector, named sentences before: the words before the label may be this report’s cause of concern.',
    reason: 'Unexpected sentence `{text}` calling what it states a cause of concern, expected a cause of concern read from it'
  },
  'truncated-finding': {
    reads: 'report',
    when: 'A finding stops mid-sentence (it is kept with `truncated: true`).',
    note: 'The copy was probably cut off; the finding is kept with `truncated: true`.',
    reason: 'Unexpected end of {kind} `{text}` mid-sentence, expected it to end with punctuation'
  },
  'unknown-subject': {
    reads: 'report',
    when: 'Findings whose force, unit or service cannot be told.',
    note: 'Pass `title` (which usually names the force) or add a heading naming the subject.',
    reason: 'Unexpected findings without a named force, unit or service, expected the report to name its subject'
  },
  'grade-of-other-subject': {
    reads: 'report',
    when: 'A grade given to a force or service other than the one the title names (another body compared, a merged service’s earlier grade, an inspector’s words about another body); the grade is not kept.',
    note: 'A page of one force or service grades only that one; pass a title that names every subject for a page that grades several.',
    reason: 'Unexpected grade of {subject} on the page of another force or service, expected a grade of the subject the title names'
  },
  'not-a-grade': {
    reads: 'report',
    when: 'A judgement whose area is not an area (a fragment of a word, a place’s or body’s name, a report’s title, the people of a body) or whose subject is not a body that is graded (a place, the inspectorate’s name); the grade is not kept.',
    note: 'A grade is a force’s, unit’s or service’s, at an area the inspection grades; the words read as one here are not.',
    reason: 'Unexpected grade of {subject} at `{area}`, expected a graded area of a force, unit or service'
  },
  'invalid-option': {
    reads: 'report',
    when: 'The `publishedOn` or `url` option is malformed (the option is ignored).',
    note: 'Give `publishedOn` as YYYY-MM-DD and `url` as an absolute URL.',
    reason: 'Unexpected `{name}` {value}, expected {expected}'
  },
  encoding: {
    reads: 'input',
    when: 'The bytes were not all UTF-8: each byte outside a valid UTF-8 sequence was read as Windows-1252 (the valid sequences as UTF-8).',
    note: 'Save the file as UTF-8 to be sure every character is read as written.',
    reason: 'Unexpected bytes that are not UTF-8, expected UTF-8 text; read as Windows-1252'
  },
  respondent: {
    reads: 'response',
    when: 'No local policing body is named.',
    note: 'Police Act 1996 s.55(5), s.101(1): the local policing body prepares the comments',
    reason: 'Unexpected response without a local policing body named, expected a commissioner, MOPAC, a mayor or the Common Council'
  }
} as const satisfies Record<string, ParserMessageSpec>

export type ParserMessageId = keyof typeof parserMessages

/** The names a reason leaves to fill ("{kind}", "{text}"). */
type Placeholders<Text extends string> = Text extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never

/** The values a message's reason needs, one per `{name}` in it. */
export type MessageValues<Id extends ParserMessageId> = Record<Placeholders<(typeof parserMessages)[Id]['reason']>, string>

/** A message's reason with its `{name}`s filled from `values` (an unknown name stays as written). */
export function messageReason<Id extends ParserMessageId>(id: Id, values: MessageValues<Id>): string {
  const given: Readonly<Record<string, string>> = values
  return parserMessages[id].reason.replace(/\{([a-z]+)\}/g, (whole, name: string) => given[name] ?? whole)
}

/** The documentation of a message: its heading in `docs/parser-messages.md`. */
export function messageUrl(id: ParserMessageId): string {
  return `${messagesDocs}#${id}`
}
