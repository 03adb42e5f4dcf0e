import {parentPort} from 'node:worker_threads'
import {type ExtractTask, extractFile} from './lib/extract-file.js'

// One register worker: parses each file it is sent; the main thread hashes and stores.
parentPort?.on('message', async (task: ExtractTask) => {
  parentPort?.postMessage(await extractFile(task))
})
