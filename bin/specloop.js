#!/usr/bin/env node
'use strict'
// Runs the compiled CLI from dist/. In a source checkout where dist/ is missing or older
// than src/ (nobody ran `npm run build`), it runs src/ through ts-node instead, so the bin
// works right after `npm install` without any install script.
const fs = require('node:fs')
const path = require('node:path')

const root = path.join(__dirname, '..')
const compiled = path.join(root, 'dist', 'src', 'cli', 'index.js')
const sources = path.join(root, 'src')

function newestSourceTime(directory) {
  let newest = 0
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name)
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceTime(full))
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs)
  }
  return newest
}

function compiledIsFresh() {
  if (!fs.existsSync(compiled)) return false
  if (!fs.existsSync(sources)) return true
  const stamp = path.join(root, 'dist', '.build-stamp')
  return fs.existsSync(stamp) && fs.statSync(stamp).mtimeMs >= newestSourceTime(sources)
}

// A source checkout never built: the sandboxed runner needs compiled JavaScript, so build once.
if (!fs.existsSync(compiled) && fs.existsSync(sources) && fs.existsSync(path.join(root, 'tsconfig.build.json'))) {
  try {
    require.resolve('typescript/bin/tsc', { paths: [root] })
  } catch {
    process.stderr.write(`specloop: this source checkout has no dependencies installed: run \`npm install\` in ${root}\n`)
    process.exit(2)
  }
  process.stderr.write('specloop: building from source (once; `npm run build` does the same)…\n')
  if (!require('./build').build(root, ['ignore', 'ignore', 'inherit'])) {
    process.stderr.write('specloop: the build failed; run `npm run build` to see why\n')
    process.exit(70)
  }
}

let cli
if (compiledIsFresh()) {
  cli = require(compiled)
} else {
  require('ts-node').register({ transpileOnly: true, project: path.join(root, 'tsconfig.json') })
  cli = require(path.join(sources, 'cli', 'index.ts'))
}

// `specloop trace --uncovered | head`: a reader that stops early is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
}

// The cucumber runs, tsc and suites specloop starts end with it, however it ends.
cli.killChildrenWithSpecloop()

cli.runCli(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr }).then((code) => {
  process.exitCode = code
  // Nothing may keep specloop alive after its answer (a request abandoned at the time limit
  // leaves the SDK's timers behind): exit once both streams have written everything.
  let pending = 2
  for (const stream of [process.stdout, process.stderr]) stream.write('', () => --pending === 0 && process.exit(code))
})
