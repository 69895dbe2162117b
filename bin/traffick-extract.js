#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8'

// why: the patterns are large regexes (the country gazetteer alone has ~700 alternatives) run over every sentence;
// V8 first interprets a regex and compiles it only on a later run, and interpreting those costs ~50 ms on the first
// article and ~15% of throughput. Compiling them at once is set here, before any regex runs, for every worker too.
setFlagsFromString('--no-regexp-tier-up')
await import('../dist/cli/main.js')
