/**
 * How well synthesised rules generalise: held-out rows, and leave-k-out (synthesise from all
 * but k example rows, then check the rows left out and the held-out rows). Used by the unit
 * tests and by bench/synthesis.
 */
import { valuesAgree } from '../operation'
import type { CorpusSpecification, HeldOutRow } from './corpus-operations'
import { evaluateProgram } from './program'
import { type SynthesisOptions, type SynthesisResult, synthesize } from './search'

export function passesRow(result: SynthesisResult, row: HeldOutRow): boolean {
  if (!result.ok) return false
  return result.outputs.every((output) => {
    const value = evaluateProgram(output.program, row.inputs)
    return value.ok && valuesAgree(value.value, row.outputs[output.name]!)
  })
}

export interface LeaveOutReport {
  /** Syntheses run (one per choice of k rows left out). */
  runs: number
  /** Runs whose rule passed both the rows left out and the held-out rows. */
  passed: number
  /** Runs that found no rule at all (too little evidence left). */
  noRule: number
  /** "rows left out: what was found", for the runs that did not pass. */
  failures: string[]
}

function* combinations(count: number, size: number, start = 0, chosen: number[] = []): Generator<number[]> {
  if (chosen.length === size) {
    yield chosen
    return
  }
  for (let index = start; index < count; index++) yield* combinations(count, size, index + 1, [...chosen, index])
}

export function leaveOut(specification: CorpusSpecification, leftOut: number, options: SynthesisOptions = {}): LeaveOutReport {
  const examples = specification.operation.examples
  const report: LeaveOutReport = { runs: 0, passed: 0, noRule: 0, failures: [] }
  for (const chosen of combinations(examples.length, leftOut)) {
    const operation = { ...specification.operation, examples: examples.filter((_, index) => !chosen.includes(index)) }
    const result = synthesize(operation, options)
    report.runs++
    const checks = [...chosen.map((index) => examples[index]!), ...specification.heldOut]
    if (checks.every((row) => passesRow(result, row))) {
      report.passed++
      continue
    }
    if (!result.ok) report.noRule++
    report.failures.push(`without rows ${chosen.map((index) => index + 1).join(', ')}: ${result.ok ? result.outputs.map((output) => output.description).join('; ') : result.reason}`)
  }
  return report
}
