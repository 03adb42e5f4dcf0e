import type {ReaderFactory} from '../context.js'
import {findingHeadingKind, modal, namesFailing} from '../patterns.js'

const minStatementWords = 6
const maxStatementLength = 400

/**
 * A cause of concern stated on one line without a full stop under its titled heading, as closure
 * and revisit letters print it ("Cause of concern: responding to the public", then "The force needs
 * to improve the time it takes to answer non-emergency calls"). Plain text takes such a line for a
 * heading, and the box readers read no heading as a statement; the line is read as the cause here,
 * and still opens its section, so the recommendations lead-in after it is read as before. Only
 * the line right after the heading counts, and only a sentence naming a need or a failing: a
 * sub-heading ("Background", "Progress since our last revisit") is a title.
 */
export const causeStatementLines: ReaderFactory = () => {
  let afterCauseHeading = false

  const notFirst = () => {
    afterCauseHeading = false
  }

  return {
    enter: {
      heading(block, context) {
        const text = block.text.trim()
        const first = afterCauseHeading
        afterCauseHeading = findingHeadingKind(text) === 'cause-of-concern'
        if (!first || !isStatement(text)) return false
        const start = block.text.length - block.text.trimStart().length
        context.finding('cause-of-concern', text, context.spanPosition(block, start, start + text.length))
        return false
      },
      paragraph: notFirst,
      item: notFirst,
      row: notFirst
    }
  }
}

function isStatement(text: string): boolean {
  if (text.length > maxStatementLength || text.split(' ').length < minStatementWords) return false
  // A statement, not a title: it says what the force or service must do or fails to do.
  return modal.test(text) || namesFailing.test(text)
}
