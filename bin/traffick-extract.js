#!/usr/bin/env node
// why: require() through createRequire, because an ES import of Node's own modules costs several ms each at start-up
import { createRequire } from 'node:module'

const { loadBundle, setV8Flags } = createRequire(import.meta.url)('../dist/cli/loadBundle.cjs')
setV8Flags()
await loadBundle().runCli(process.argv.slice(2))
