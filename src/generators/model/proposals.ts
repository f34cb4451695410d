/**
 * A model's implementation of an example-table operation is held to the test synthesised rules
 * are held to. Green says it passes the examples; beside the best synthesised rule, on the rows
 * the examples never show, it is `confirmed`, `ambiguous` (with the row that would decide) or
 * `unconfirmed` (nothing to hold it to). The verdict goes into the file's provenance header (so
 * `status` and the gate see it), the ledger and the command's output.
 */
import fs from 'node:fs'
import path from 'node:path'
import { appendLedger } from '../../ledger'
import { readProvenance, renderWithProvenance, sha256, writeFileAtomic } from '../../workspace'
import { answerRows, type RowAnswer } from '../loop/answer-rows'
import { distinguishingRow, type DistinguishingRow } from '../offline/implement-operations'
import type { Value } from '../operation'
import type { PlannedOperation } from '../steps'
import type { PlannedFile } from '../../workspace'
import { checkProposal, proposalProbes, type ProposalAnswer, type ProposalVerdict } from '../synthesis/proposal'
import { findRowLookup } from './row-lookup'
import type { SpecloopError } from '../../errors'

/** Generators whose files are a model's. */
const MODEL_GENERATORS = new Set(['openai', 'replay'])
/** How long one module may take to answer every probe row. */
const PROBE_TIMEOUT_MS = 10_000

export interface ProposalCheck {
  operation: string
  modulePath: string
  /** `feature:line` of the operation's first example. */
  source?: string
  verdict: ProposalVerdict
  /** For an ambiguous verdict: the rows to add, in the scenario's own Examples columns. */
  rows: DistinguishingRow[]
}

/** The operations a proposed file implements, by module path: only example tables can be held to a rule. */
function tableOperations(operations: readonly PlannedOperation[]): Map<string, PlannedOperation> {
  return new Map(
    operations
      .filter((operation) => !operation.stateful && operation.examples.length >= 2)
      .map((operation) => [operation.modulePath, operation])
  )
}

/** The loop's `vet`: a proposed module that looks the example rows up is refused, located. */
export function rowLookupVet(operations: readonly PlannedOperation[]): (file: PlannedFile) => SpecloopError | undefined {
  const byModule = tableOperations(operations)
  return (file) => {
    const operation = byModule.get(path.posix.normalize(file.path.replace(/\\/g, '/')))
    return operation === undefined ? undefined : findRowLookup(file.path, file.content, operation)
  }
}

function isValue(value: unknown): value is Value {
  return typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean'
}

/** A call's result in the contract's shape: the value of the one output, or an object of them. */
function asProposalAnswer(operation: PlannedOperation, answer: RowAnswer): ProposalAnswer {
  if ('error' in answer) return { error: answer.error }
  const outputs: Record<string, Value> = {}
  if (operation.outputs.length === 1) {
    if (isValue(answer.value)) outputs[operation.outputs[0]!.name] = answer.value
  } else if (answer.value !== null && typeof answer.value === 'object') {
    for (const output of operation.outputs) {
      const value = (answer.value as Record<string, unknown>)[output.name]
      if (isValue(value)) outputs[output.name] = value
    }
  }
  return { outputs }
}

async function checkOne(
  operation: PlannedOperation,
  options: { cwd: string; env: NodeJS.ProcessEnv; sandbox?: boolean; deadline?: number }
): Promise<ProposalVerdict | undefined> {
  const probes = proposalProbes(operation)
  if (probes.length === 0) return undefined
  // The loop's time limit is a hard limit: the check runs within what is left of it.
  const timeoutMs = Math.min(PROBE_TIMEOUT_MS, options.deadline === undefined ? Infinity : options.deadline - Date.now())
  if (timeoutMs < 1000)
    return { status: 'unconfirmed', reason: 'the time limit left no time to run it beyond the examples', questions: [], compared: 0 }
  const answered = await answerRows({
    cwd: options.cwd,
    env: options.env,
    modulePath: operation.modulePath,
    functionName: operation.name,
    rows: probes.map((probe) => operation.inputs.map((input) => probe.inputs[input.name])),
    timeoutMs,
    ...(options.sandbox !== undefined ? { sandbox: options.sandbox } : {})
  })
  if (answered.problem !== undefined)
    return {
      status: 'unconfirmed',
      reason: `its answers beyond the examples could not be read: ${answered.problem}`,
      questions: [],
      compared: 0
    }
  return checkProposal(
    operation,
    probes,
    answered.answers.map((answer) => asProposalAnswer(operation, answer))
  )
}

/** The provenance header's `rule`: what status and the gate read. Unconfirmed stays a plain model file. */
function recordRule(cwd: string, modulePath: string, verdict: ProposalVerdict): void {
  if (verdict.status === 'unconfirmed') return
  const absolute = path.join(cwd, modulePath)
  const read = readProvenance(fs.readFileSync(absolute, 'utf8'))
  if (!read.provenance || read.editedByHand) return
  const { bodySha256: _body, ...input } = read.provenance
  writeFileAtomic(
    absolute,
    renderWithProvenance(read.body, { ...input, rule: verdict.status === 'confirmed' ? 'confirmed' : 'unconfirmed' })
  )
}

/**
 * Every example-table operation whose module a model wrote (and nobody edited since) is run on
 * the probe rows, sandboxed, and judged beside the synthesised rule.
 */
export async function checkModelProposals(options: {
  cwd: string
  env: NodeJS.ProcessEnv
  operations: readonly PlannedOperation[]
  sandbox?: boolean
  /** When the loop's time limit ends (ms since the epoch). */
  deadline?: number
  ledger?: { generator: string; inputs: { path: string; sha256: string }[] }
}): Promise<ProposalCheck[]> {
  const checks: ProposalCheck[] = []
  for (const operation of tableOperations(options.operations).values()) {
    const absolute = path.join(options.cwd, operation.modulePath)
    if (!fs.existsSync(absolute)) continue
    const read = readProvenance(fs.readFileSync(absolute, 'utf8'))
    if (!read.provenance || read.editedByHand || !MODEL_GENERATORS.has(read.provenance.generator)) continue
    const verdict = await checkOne(operation, options)
    if (verdict === undefined) continue
    recordRule(options.cwd, operation.modulePath, verdict)
    const rows = verdict.questions.map((entry) => distinguishingRow(operation, entry.output, entry.question))
    const check: ProposalCheck = {
      operation: operation.name,
      modulePath: operation.modulePath,
      ...(operation.examples[0] ? { source: operation.examples[0].source } : {}),
      verdict,
      rows
    }
    checks.push(check)
    if (options.ledger) {
      appendLedger(options.cwd, {
        kind: 'model-proposal-check',
        generator: options.ledger.generator,
        inputs: options.ledger.inputs,
        files: [{ path: operation.modulePath, sha256: sha256(fs.readFileSync(absolute, 'utf8')) }],
        result: {
          operation: operation.name,
          status: verdict.status,
          reason: verdict.reason,
          compared: verdict.compared,
          rows: rows.map((row) => ({ output: row.output, header: row.header, row: row.row, answers: row.answers }))
        }
      })
    }
  }
  return checks
}
