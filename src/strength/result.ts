import fs from 'node:fs'
import type { Mutant } from './mutants'
import { strengthFileOf, writeFileAtomic } from '../workspace'

/**
 * What a mutation run found, per mutant and per feature, and its record under
 * `.specloop/strength/strength.json` (read by `strength --affected`, the report and the gate).
 */
export type MutantStatus = 'killed' | 'survived' | 'timeout' | 'invalid'

/** An Examples row that tells the mutant from the code as it is. */
export interface KillingRow {
  /** The feature file and line of the Examples table's header the row belongs under. */
  uri: string
  line?: number
  header: string
  row: string
  /** The expected output is the current code's answer, not a person's: it must be confirmed. */
  expectedFrom: 'current-code'
}

export interface MutantResult extends Omit<Mutant, 'start' | 'end'> {
  status: MutantStatus
  /** `feature:line` of every scenario run against the mutant. */
  scenarios: string[]
  /** The scenarios that failed with it. */
  killedBy: string[]
  /** The feature files whose scenarios ran the mutated line. */
  features: string[]
  /** Identifies the scenarios run and their feature files' text: a mutant is run again when it changes. */
  selectionKey: string
  killingRow?: KillingRow
  /** Taken from the previous strength run (`--affected`): neither its line nor its scenarios changed. */
  reused?: boolean
  durationMs?: number
}

export interface FeatureScore {
  uri: string
  mutants: number
  killed: number
  survived: number
  /** Killed mutants in percent of those that ran (invalid ones do not count); null when none did. */
  score: number | null
}

export interface StrengthRecord {
  version: 1
  createdAt: string
  /** The trace the mutants were chosen from. */
  traceRunId: string
  mutants: MutantResult[]
  features: FeatureScore[]
  score: number | null
}

export const STRENGTH_RECORD_VERSION = 1

function percent(killed: number, total: number): number | null {
  return total === 0 ? null : Math.round((killed / total) * 1000) / 10
}

/** A mutant counts as killed for a feature when one of that feature's scenarios failed with it, or the run timed out. */
function killedFor(mutant: MutantResult, uri?: string): boolean {
  if (mutant.status === 'timeout') return true
  if (mutant.status !== 'killed') return false
  return uri === undefined || mutant.killedBy.some((scenario) => scenario.startsWith(`${uri}:`))
}

export function featureScores(mutants: readonly MutantResult[]): FeatureScore[] {
  const uris = [...new Set(mutants.flatMap((mutant) => mutant.features))].sort()
  return uris.map((uri) => {
    const counted = mutants.filter((mutant) => mutant.status !== 'invalid' && mutant.features.includes(uri))
    const killed = counted.filter((mutant) => killedFor(mutant, uri)).length
    return { uri, mutants: counted.length, killed, survived: counted.length - killed, score: percent(killed, counted.length) }
  })
}

export function overallScore(mutants: readonly MutantResult[]): number | null {
  const counted = mutants.filter((mutant) => mutant.status !== 'invalid')
  return percent(counted.filter((mutant) => killedFor(mutant)).length, counted.length)
}

export function readStrengthRecord(projectDirectory: string): StrengthRecord | undefined {
  try {
    const record = JSON.parse(fs.readFileSync(strengthFileOf(projectDirectory), 'utf8')) as StrengthRecord
    return record.version === STRENGTH_RECORD_VERSION && Array.isArray(record.mutants) && Array.isArray(record.features)
      ? record
      : undefined
  } catch {
    return undefined
  }
}

export function writeStrengthRecord(projectDirectory: string, record: StrengthRecord): void {
  writeFileAtomic(strengthFileOf(projectDirectory), JSON.stringify(record, null, 1) + '\n')
}
