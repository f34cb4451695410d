#!/usr/bin/env node
/**
 * Synthesis benchmark: for every specification of the corpus (src/testdata/synthesis, except
 * the stateful account.feature) and specloop's own extra specifications, synthesise the rule
 * several times and report success, held-out pass rate, program size and synthesis time
 * (median and p95), then leave-one-out (and with --leave-two-out, leave-two-out) generalisation.
 *
 *   npm run build && node bench/synthesis/run.js [--runs N] [--leave-two-out] [--json]
 *
 * Times are wall-clock on this machine, whatever else it is doing: compare runs made together.
 */
'use strict'
const fs = require('node:fs')
const path = require('node:path')

const dist = path.join(__dirname, '..', '..', 'dist', 'src', 'generators', 'synthesis')
if (!fs.existsSync(path.join(dist, 'index.js'))) {
  console.error('bench/synthesis: dist/ is missing; run `npm run build` first')
  process.exit(2)
}
const { synthesize, CORPUS, OWN_SPECIFICATIONS, passesRow, leaveOut } = require(path.join(dist, 'index.js'))

const argv = process.argv.slice(2)
const option = (name) => argv.includes(name)
const runsIndex = argv.indexOf('--runs')
const runs = runsIndex >= 0 ? Number(argv[runsIndex + 1]) : 7
if (!Number.isInteger(runs) || runs < 1) {
  console.error('bench/synthesis: --runs expects a positive integer')
  process.exit(2)
}

function quantile(sorted, q) {
  const index = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)
  return sorted[Math.max(0, index)]
}

function measure(specification) {
  const times = []
  let result
  for (let run = 0; run < runs; run++) {
    const started = performance.now()
    result = synthesize(specification.operation)
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  const heldOutPassed = specification.heldOut.filter((row) => passesRow(result, row)).length
  return {
    specification: specification.operation.name,
    origin: specification.origin,
    ok: result.ok,
    rule: result.ok ? result.outputs.map((output) => output.description).join('; ') : result.message,
    form: result.ok ? result.outputs.map((output) => output.form).join('; ') : result.reason,
    size: result.ok ? result.size : undefined,
    examples: specification.operation.examples.length,
    heldOut: specification.heldOut.length,
    heldOutPassed,
    enumerated: result.statistics.enumerated,
    medianMs: quantile(times, 0.5),
    p95Ms: quantile(times, 0.95),
    times
  }
}

function summarise(label, rows) {
  const all = rows.flatMap((row) => row.times).sort((a, b) => a - b)
  const heldOut = rows.reduce((sum, row) => sum + row.heldOut, 0)
  const heldOutPassed = rows.reduce((sum, row) => sum + row.heldOutPassed, 0)
  return {
    label,
    specifications: rows.length,
    synthesised: rows.filter((row) => row.ok).length,
    heldOutPassRate: heldOutPassed / heldOut,
    heldOut,
    heldOutPassed,
    medianMs: quantile(all, 0.5),
    p95Ms: quantile(all, 0.95),
    worstSpecificationP95Ms: Math.max(...rows.map((row) => row.p95Ms))
  }
}

function leaveOutSummary(specifications, k) {
  let runsTotal = 0
  let passed = 0
  let noRule = 0
  const perSpecification = []
  for (const specification of specifications) {
    const report = leaveOut(specification, k)
    runsTotal += report.runs
    passed += report.passed
    noRule += report.noRule
    perSpecification.push({ specification: specification.operation.name, runs: report.runs, passed: report.passed, noRule: report.noRule })
  }
  return { leftOut: k, runs: runsTotal, passed, noRule, passRate: passed / runsTotal, perSpecification }
}

const corpus = CORPUS.map(measure)
const own = OWN_SPECIFICATIONS.map(measure)
const everything = [...CORPUS, ...OWN_SPECIFICATIONS]
const report = {
  runsPerSpecification: runs,
  node: process.version,
  corpus: summarise('corpus (src/testdata/synthesis)', corpus),
  own: summarise('own specifications', own),
  all: summarise('all', [...corpus, ...own]),
  specifications: [...corpus, ...own].map(({ times, ...row }) => row),
  leaveOneOut: leaveOutSummary(everything, 1),
  leaveTwoOut: option('--leave-two-out') ? leaveOutSummary(everything, 2) : undefined
}

if (option('--json')) {
  console.log(JSON.stringify(report, null, 2))
  process.exit(0)
}

const pad = (text, width) => String(text).padEnd(width)
const lpad = (text, width) => String(text).padStart(width)
const ms = (value) => `${value.toFixed(1)} ms`
console.log(`synthesis benchmark: ${runs} runs per specification, Node ${process.version}\n`)
console.log(`${pad('specification', 24)} ${pad('ok', 3)} ${lpad('size', 4)} ${lpad('held-out', 8)} ${lpad('median', 10)} ${lpad('p95', 10)}  rule`)
for (const row of [...corpus, ...own]) {
  console.log(
    `${pad(row.specification, 24)} ${pad(row.ok ? 'yes' : 'no', 3)} ${lpad(row.size ?? '-', 4)} ${lpad(`${row.heldOutPassed}/${row.heldOut}`, 8)} ${lpad(ms(row.medianMs), 10)} ${lpad(ms(row.p95Ms), 10)}  ${row.rule}`
  )
}
console.log('')
for (const summary of [report.corpus, report.own, report.all]) {
  console.log(
    `${summary.label}: ${summary.synthesised}/${summary.specifications} synthesised, held-out ${summary.heldOutPassed}/${summary.heldOut} (${(100 * summary.heldOutPassRate).toFixed(0)}%), time median ${ms(summary.medianMs)}, p95 ${ms(summary.p95Ms)}, worst specification p95 ${ms(summary.worstSpecificationP95Ms)}`
  )
}
for (const leave of [report.leaveOneOut, report.leaveTwoOut]) {
  if (leave === undefined) continue
  console.log(`leave-${leave.leftOut}-out: ${leave.passed}/${leave.runs} runs pass the rows left out and the held-out rows (${(100 * leave.passRate).toFixed(0)}%); ${leave.noRule} runs found no rule`)
}
