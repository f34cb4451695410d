#!/usr/bin/env node
/**
 * Plausible-but-wrong model answers against the confidence test, on the synthesis benchmark's
 * example tables and their held-out rows. For every operation:
 *   copy of the rows   code that tests the inputs against the example values and returns the
 *                      example outputs (what a model that memorises writes): the syntax check must
 *                      refuse it, and the probes must not confirm it;
 *   off by one         the synthesised rule with one constant moved by one (a threshold, a rate,
 *                      a fee) that still passes every example and is wrong on a held-out row:
 *                      the probes must not confirm it;
 *   the right rule     the synthesised rule itself, where it is right on every held-out row: the
 *                      control — how often a correct answer is confirmed rather than left in doubt.
 * A wrong answer called `confirmed` is the failure this measures; the figure must be 0.
 * In-process (the answers are evaluated as programs, not run through a server): it measures the
 * judgement, not the transport, which features/model-trust.feature covers end to end.
 *
 *   npm run build && node bench/model/wrong-answers.js [--json] [--verbose]
 */
'use strict'
const fs = require('node:fs')
const path = require('node:path')
const { requireBuilt, TABLE_SETS, operationsOf: planned } = require('../synthesis/sets')

const load = requireBuilt('bench/model')
const { synthesise, evaluateProgram } = load('generators/synthesis')
const { judgeProposal, proposalProbes } = load('generators/synthesis/proposal')
const { findRowLookup } = load('generators/model/row-lookup')
const { valuesAgree } = load('generators/operation')

const argv = process.argv.slice(2)

/** A feature that does not parse has no operations to judge. */
function operationsOf(file) {
  try {
    return planned(file)
  } catch {
    return []
  }
}

const literal = (value) => (typeof value === 'string' ? JSON.stringify(value) : String(value))

/** What a model that memorises writes: each example row tested, its outputs returned; anything else gets the first row's answer. */
function rowLookupSource(operation) {
  const parameters = operation.inputs.map((input) => input.name)
  const result = (outputs) =>
    operation.outputs.length === 1
      ? literal(outputs[operation.outputs[0].name])
      : `{ ${operation.outputs.map((output) => `${output.name}: ${literal(outputs[output.name])}`).join(', ')} }`
  const lines = operation.examples.map(
    (example) =>
      `  if (${parameters.map((name) => `${name} === ${literal(example.inputs[name])}`).join(' && ')}) return ${result(example.outputs)}`
  )
  return `export function ${operation.name}(${parameters.map((name) => `${name}: any`).join(', ')}) {\n${lines.join('\n')}\n  return ${result(operation.examples[0].outputs)}\n}\n`
}

function rowLookupAnswer(operation, inputs) {
  const row =
    operation.examples.find((example) => operation.inputs.every((input) => example.inputs[input.name] === inputs[input.name])) ??
    operation.examples[0]
  return { outputs: row.outputs }
}

/** Every copy of a program with one numeric constant moved by ±1 (or ±1 in its last decimal). */
function offByOne(program) {
  const variants = []
  const visit = (node, rebuild) => {
    if (node.kind === 'constant' && typeof node.value === 'number') {
      const step = Number.isInteger(node.value) ? 1 : 10 ** -Math.min(4, (String(node.value).split('.')[1] ?? '').length)
      for (const moved of [node.value + step, node.value - step]) variants.push(rebuild({ ...node, value: Number(moved.toFixed(6)) }))
    }
    if (node.kind === 'apply')
      node.args.forEach((arg, index) =>
        visit(arg, (replaced) => rebuild({ ...node, args: node.args.map((other, at) => (at === index ? replaced : other)) }))
      )
    if (node.kind === 'conditional') {
      visit(node.condition, (replaced) => rebuild({ ...node, condition: replaced }))
      visit(node.then, (replaced) => rebuild({ ...node, then: replaced }))
      visit(node.otherwise, (replaced) => rebuild({ ...node, otherwise: replaced }))
    }
    if (node.kind === 'match')
      node.cases.forEach((entry, index) =>
        visit(entry.result, (replaced) =>
          rebuild({ ...node, cases: node.cases.map((other, at) => (at === index ? { ...other, result: replaced } : other)) })
        )
      )
    if (node.kind === 'lookup') {
      node.entries.forEach(([key, value], index) => {
        if (typeof value !== 'number') return
        for (const moved of [value + 1, value - 1])
          variants.push(rebuild({ ...node, entries: node.entries.map((entry, at) => (at === index ? [key, moved] : entry)) }))
      })
    }
  }
  visit(program, (replaced) => replaced)
  return variants
}

function gives(programs, row) {
  return Object.entries(programs).every(([name, program]) => {
    const value = evaluateProgram(program, row.inputs)
    return value.ok && row.outputs[name] !== undefined && valuesAgree(value.value, row.outputs[name])
  })
}

function answersOf(programs, probes) {
  return probes.map((probe) => {
    const outputs = {}
    for (const [name, program] of Object.entries(programs)) {
      const value = evaluateProgram(program, probe.inputs)
      if (value.ok && !Array.isArray(value.value)) outputs[name] = value.value
    }
    return { outputs }
  })
}

function measureSet(set) {
  const counts = {
    set: set.name,
    operations: 0,
    lookups: 0,
    lookupsRefused: 0,
    lookupsConfirmed: 0,
    offByOne: 0,
    offByOneConfirmed: 0,
    offByOneAmbiguous: 0,
    right: 0,
    rightConfirmed: 0,
    confirmedWrong: [],
    lookupsPassed: []
  }
  if (!fs.existsSync(set.directory)) return { ...counts, missing: true }
  const files = fs
    .readdirSync(set.directory)
    .filter((file) => file.endsWith('.feature') && !file.endsWith('.holdout.feature'))
    .sort()
  for (const file of files) {
    const heldOutFile = path.join(set.directory, file.replace(/\.feature$/, '.holdout.feature'))
    const heldOutOperations = fs.existsSync(heldOutFile) ? operationsOf(heldOutFile) : []
    for (const operation of operationsOf(path.join(set.directory, file))) {
      const heldOut = heldOutOperations.find((candidate) => candidate.name === operation.name)?.examples ?? []
      if (operation.stateful || heldOut.length === 0 || operation.examples.length < 2) continue
      counts.operations++
      const synthesis = synthesise(operation)
      const probes = proposalProbes(operation)
      const spec = `${file.replace(/\.feature$/, '')}: ${operation.name}`
      // A copy of the rows: wrong beyond them whenever a held-out row differs from the fallback.
      counts.lookups++
      if (findRowLookup(`generated/src/${operation.name}.ts`, rowLookupSource(operation), operation)) counts.lookupsRefused++
      else
        counts.lookupsPassed.push(
          `${spec} (inputs: ${operation.inputs.map((input) => `${input.name} ${input.categorical ? 'categorical' : input.type}`).join(', ')})`
        )
      const lookupVerdict = judgeProposal(
        operation,
        probes,
        probes.map((probe) => rowLookupAnswer(operation, probe.inputs)),
        synthesis
      )
      const lookupWrong = heldOut.some((row) =>
        operation.outputs.some(
          (output) =>
            row.outputs[output.name] !== undefined &&
            !valuesAgree(rowLookupAnswer(operation, row.inputs).outputs[output.name], row.outputs[output.name])
        )
      )
      if (lookupVerdict.status === 'confirmed' && lookupWrong) {
        counts.lookupsConfirmed++
        counts.confirmedWrong.push(`${spec} (copy of the rows)`)
      }
      if (!synthesis.ok) continue
      const best = Object.fromEntries(synthesis.outputs.map((output) => [output.name, output.program]))
      if (heldOut.every((row) => gives(best, row))) {
        counts.right++
        if (judgeProposal(operation, probes, answersOf(best, probes), synthesis).status === 'confirmed') counts.rightConfirmed++
      }
      for (const output of synthesis.outputs) {
        for (const variant of offByOne(output.program)) {
          const programs = { ...best, [output.name]: variant }
          if (!operation.examples.every((row) => gives(programs, row))) continue
          if (heldOut.every((row) => gives(programs, row))) continue
          counts.offByOne++
          const verdict = judgeProposal(operation, probes, answersOf(programs, probes), synthesis)
          if (verdict.status === 'ambiguous') counts.offByOneAmbiguous++
          if (verdict.status === 'confirmed') {
            counts.offByOneConfirmed++
            counts.confirmedWrong.push(`${spec} (off by one: ${output.name})`)
          }
        }
      }
    }
  }
  return counts
}

const percent = (part, whole) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`)
const results = TABLE_SETS.map(measureSet)
if (argv.includes('--json')) {
  console.log(JSON.stringify(results, null, 2))
} else {
  console.log(
    'set           ops  copies of rows: refused  confirmed | off by one (wrong on held-out): ambiguous  confirmed | right rule: confirmed'
  )
  for (const result of results) {
    if (result.missing) continue
    console.log(
      `${result.set.padEnd(12)} ${String(result.operations).padStart(4)}  ${String(result.lookups).padStart(6)}: ${percent(result.lookupsRefused, result.lookups).padStart(6)}  ${String(result.lookupsConfirmed).padStart(9)} | ${String(result.offByOne).padStart(6)}: ${percent(result.offByOneAmbiguous, result.offByOne).padStart(6)}  ${String(result.offByOneConfirmed).padStart(9)} | ${String(result.right).padStart(4)}: ${percent(result.rightConfirmed, result.right)}`
    )
    if (argv.includes('--verbose')) {
      for (const wrong of result.confirmedWrong) console.log(`    confirmed but wrong: ${wrong}`)
      for (const passed of result.lookupsPassed) console.log(`    copy of the rows not refused by its syntax: ${passed}`)
    }
  }
  const total = results.reduce((sum, result) => sum + (result.confirmedWrong?.length ?? 0), 0)
  console.log(`wrong answers confirmed: ${total}`)
}
