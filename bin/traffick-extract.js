#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8'

// why: the patterns are large regexes (the country gazetteer alone has ~700 alternatives) run over every sentence;
// V8 first interprets a regex and compiles it only on a later run, and interpreting those costs ~50 ms on the first
// article and ~15% of throughput. Compiling them at once is set here, before any regex runs, for every worker too.
setFlagsFromString('--no-regexp-tier-up')
// why: V8's default optimises a function after little use, then often again after its first deoptimisations; for a run
// over many articles that recompiling costs ~4 s of CPU per thread (measured with --trace-opt-verbose) on background
// threads that compete with the worker threads. Optimising later, once the types have settled, compiles ~5x less:
// --jobs 2 runs ~15-20% faster, --jobs 1 within a few percent of before.
setFlagsFromString('--interrupt-budget=1000000')
await import('../dist/bundle/main.js')
