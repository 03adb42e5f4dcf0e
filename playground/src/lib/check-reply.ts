import {sniffDocumentFormat} from '@scrutiny/convert'
import {check} from './check.js'
import type {CheckInput, CheckOutcome} from './check.js'
import {resultsJson} from './export.js'
import {summarise} from './summary.js'
import type {Summary} from './summary.js'
import {commentedResponse, responseTemplate, templateBody} from './word.js'
import type {Download} from './word.js'

/** A Word file the page can offer, or why it could not be written. */
export type WordOffer = Download | {error: string}

/** What a check gives the page: what it renders, or the error as plain data (it may cross from a worker). */
export type CheckReply =
  | {ok: true; summary: Summary; json: string; responseText: string; template?: WordOffer; commented?: WordOffer}
  | {ok: false; name: string; message: string}

/** Check, summarise and export; errors become plain data. */
export async function checkForPage(input: CheckInput): Promise<CheckReply> {
  try {
    const outcome = await check(input)
    const summary = summarise(outcome)
    return {ok: true, summary, json: resultsJson(outcome, summary), responseText: outcome.responseText, ...(await wordOffers(outcome))}
  } catch (error) {
    return {ok: false, ...asData(error)}
  }
}

/**
 * The Word files the page offers for this outcome, written where the outcome is (in the worker), so
 * only bytes cross to the page: a template when the body is known, the response with comments when
 * it is a Word file.
 */
async function wordOffers(outcome: CheckOutcome): Promise<{template?: WordOffer; commented?: WordOffer}> {
  const source = outcome.input.response
  const isWord = 'bytes' in source && sniffDocumentFormat(source.bytes, source.name) === 'docx'
  return {
    ...(templateBody(outcome) === undefined ? {} : {template: await offer(() => responseTemplate(outcome))}),
    ...(isWord ? {commented: await offer(() => commentedResponse(outcome))} : {})
  }
}

async function offer(make: () => Promise<Download>): Promise<WordOffer> {
  try {
    return await make()
  } catch (error) {
    return {error: asData(error).message}
  }
}

function asData(error: unknown): {name: string; message: string} {
  return error instanceof Error ? {name: error.name, message: error.message} : {name: 'Error', message: String(error)}
}
