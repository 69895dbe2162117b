// The worker thread of the extract pool, as the unbundled library runs it: loads the pipeline once, then serves tasks.
// (The CLI's bundle has its own thread file, dist/bundle/worker.js, which loads the bundle and calls the same function.)
import { startWorker } from './startWorker.js'

await startWorker()
