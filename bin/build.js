'use strict'
// Compiles specloop (src/ and generated/src/) into dist/: `npm run build`, and the bin itself in
// a source checkout that was never built (the sandboxed runner needs compiled JavaScript).
// The report's browser app (src/report/app) is bundled beside its stylesheet in dist/src/report/assets.
const fs = require('node:fs')
const path = require('node:path')
const { spawnSync } = require('node:child_process')
const { bundleApp } = require('./bundle-app')

function build(root = path.join(__dirname, '..'), stdio = 'inherit') {
  const dist = path.join(root, 'dist')
  fs.rmSync(dist, { recursive: true, force: true })
  const tsc = require.resolve('typescript/bin/tsc', { paths: [root] })
  const compiled = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { cwd: root, stdio })
  if (compiled.status !== 0) return false
  const assets = path.join(dist, 'src', 'report', 'assets')
  fs.cpSync(path.join(root, 'src', 'report', 'assets'), assets, { recursive: true })
  try {
    fs.writeFileSync(path.join(assets, 'app.js'), bundleApp(root))
  } catch (error) {
    process.stderr.write(`the report's browser app could not be bundled:\n${error.message}\n`)
    return false
  }
  fs.writeFileSync(path.join(dist, '.build-stamp'), String(Date.now()))
  return true
}

module.exports = { build }

if (require.main === module) process.exit(build() ? 0 : 1)
