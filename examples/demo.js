#!/usr/bin/env node
'use strict'
// `npm run demo [example]`: copies an example project into a temporary folder, runs
// `specloop run` there (offline: no network, no API key) and shows what was generated, the
// result and where the report is. The example's own folder is never touched.
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const { spawnSync } = require('node:child_process')

const root = path.resolve(__dirname, '..')
const examples = fs.readdirSync(__dirname, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()
const name = process.argv[2] ?? 'pricing'
if (!examples.includes(name)) {
  console.error(`demo: no example named '${name}': expected one of ${examples.join(', ')}`)
  process.exit(2)
}

const project = path.join(fs.mkdtempSync(path.join(os.tmpdir(), `specloop-demo-${name}-`)), name)
fs.cpSync(path.join(__dirname, name), project, { recursive: true, filter: (source) => !/[\\/](node_modules|generated|\.specloop|reports)$/.test(source) })
// The example runs on specloop's own toolchain (cucumber-js, ts-node, chai): nothing to download.
fs.symlinkSync(path.join(root, 'node_modules'), path.join(project, 'node_modules'), 'dir')

console.log(`specloop demo: the '${name}' example, copied to ${project}\n`)
const run = spawnSync(process.execPath, [path.join(root, 'bin', 'specloop.js'), 'run', '-C', project], { stdio: 'inherit' })

const generatedRoot = path.join(project, 'generated')
const listFiles = (directory) =>
  fs.existsSync(directory)
    ? fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? listFiles(path.join(directory, entry.name)) : [path.join(directory, entry.name)]))
    : []
const generated = listFiles(generatedRoot).map((file) => path.relative(project, file)).sort()
console.log(`\nGenerated (${generated.length} files):`)
for (const file of generated) console.log(`  ${file}`)
const implementation = generated.find((file) => file.startsWith(path.join('generated', 'src')))
if (implementation) {
  console.log(`\n${implementation}:\n`)
  console.log(fs.readFileSync(path.join(project, implementation), 'utf8').split('\n').map((line) => `  ${line}`).join('\n'))
}
const reportFile = path.join(project, 'reports', 'index.html')
console.log(run.status === 0 ? 'Result: green — every scenario passes.' : `Result: not green (exit code ${run.status}); see the lines above and the report.`)
if (fs.existsSync(reportFile)) console.log(`Report: file://${reportFile}`)
console.log(`Try it yourself: cd ${project} && npx cucumber-js`)
process.exitCode = run.status ?? 1
