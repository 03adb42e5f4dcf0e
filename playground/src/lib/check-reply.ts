import {check} from './check.js'
import type {CheckInput} from './check.js'
import {resultsJson} from './export.js'
import {summarise} from './summary.js'
import type {Summary} from './summary.js'

/** What a check gives the page: what it renders, or the error as plain data (it may cross from a worker). */
export type CheckReply = {ok: true; summary: Summary; json: string; responseText: string} | {ok: false; name: string; message: string}

/** Check, summarise and export; errors become plain data. */
export async function checkForPage(input: CheckInput): Promise<CheckReply> {
  try {
    const outcome = await check(input)
    const summary = summarise(outcome)
    return {ok: true, summary, json: resultsJson(outcome, summary), responseText: outcome.responseText}
  } catch (error) {
    return error instanceof Error ? {ok: false, name: error.name, message: error.message} : {ok: false, name: 'Error', message: String(error)}
  }
}
