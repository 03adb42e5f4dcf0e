import {parentPort} from 'node:worker_threads'
import {type ParseTask, parseFile} from './lib/parse-file.js'

// One parse worker: answers each task with its result; the pool never sends two at once.
parentPort?.on('message', async (task: ParseTask) => {
  parentPort?.postMessage(await parseFile(task))
})
