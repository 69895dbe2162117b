// The entry of the CLI's bundle (scripts/bundle.mjs): what bin/traffick-extract.js runs, and what the bundle's worker
// threads run. Nothing runs on load.
export { runCli } from './main.js'
export { startWorker } from '../workers/startWorker.js'
