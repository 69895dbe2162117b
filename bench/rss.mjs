// Runs a Node script in this process and, when it exits, writes this process's resource usage (peak RSS of all its
// threads, CPU time) as JSON to the file named by RSS_OUT. The benchmark uses it where /usr/bin/time is missing.
//   RSS_OUT=/tmp/usage.json node bench/rss.mjs bin/traffick-extract.js --format jsonl dir/
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const [script, ...args] = process.argv.slice(2)
if (!script || !process.env.RSS_OUT) {
  process.stderr.write('usage: RSS_OUT=FILE node bench/rss.mjs SCRIPT [ARGS...]\n')
  process.exit(2)
}
const out = process.env.RSS_OUT
process.on('exit', () => {
  const u = process.resourceUsage()
  writeFileSync(out, JSON.stringify({ maxRssKB: u.maxRSS, userS: u.userCPUTime / 1e6, sysS: u.systemCPUTime / 1e6 }))
})
process.argv = [process.argv[0], resolve(script), ...args]
await import(pathToFileURL(resolve(script)).href)
