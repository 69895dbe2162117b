#!/usr/bin/env node
'use strict'
// CommonJS (bin/package.json): an ES module here would load Node's ES module loader at every start
const { loadBundle, setV8Flags } = require('../dist/cli/loadBundle.cjs')
setV8Flags()
loadBundle().runCli(process.argv.slice(2))
