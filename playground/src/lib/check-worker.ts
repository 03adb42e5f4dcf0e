// The page's worker: reads, parses and lints off the page's thread, so a slow file cannot freeze
// the page, and the page can stop it after a time limit. Only the worker loads this module.
import type {CheckInput} from './check.js'
import {checkForPage} from './check-reply.js'

addEventListener('message', (event: MessageEvent<CheckInput>) => {
  void checkForPage(event.data).then((reply) => postMessage(reply))
})
