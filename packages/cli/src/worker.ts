import {parentPort} from 'node:worker_threads'
import {type IsolatedCommand, runInThread} from './lib/isolate.js'
import {type ParseTask, parseFile} from './lib/parse-file.js'

// One worker: a parse task of the pool (the pool never sends two at once), or a whole command
// (\`lint\`, \`validate\`) run here so that its heap is capped.
parentPort?.on('message', async (task: ParseTask | IsolatedCommand) => {
  if ('kind' in task) await runInThread(task)
  else parentPort?.postMessage(await parseFile(task))
})
