import fs from 'node:fs'
import path from 'node:path'
import crypto from 'node:crypto'
import type * as TypeScript from 'typescript'
import { compiler } from '../compiler'
import { extractOperations, valuesAgree } from '../generators'
import type { PlannedOperation, Value } from '../generators'
import { exampleRow } from '../generators/offline'
import { isTableProblem, probeRows, tabulate } from '../generators/synthesis'
import type { ExampleTable } from '../generators/synthesis'
import { killGroup, PROBE_CHILD, spawnInGroup } from '../processes'
import type { ProbeAnswers, ProbeJob } from '../processes'
import type { Project } from '../project'
import { realpathOrSelf, sandboxedNode, sandboxEnvironment } from '../runner'
import { loadSpecification } from '../specification'
import { applyMutant } from '../strength'
import type { KillingRow, Mutant } from '../strength'
import { strengthScratchOf } from '../workspace'

/**
 * Killing rows: for an operation synthesised from an Examples table, the current code and each
 * surviving mutant are called on the synthesis's probe inputs (in a sandboxed process: the code
 * is untrusted), and the first probe they answer differently becomes an Examples row. Its
 * expected output is the current code's answer, which a person must confirm.
 */

const PROBE_TIMEOUT_MS = 10_000

/** The operations specloop would synthesise, by module path (from the features alone: no support code is loaded). */
async function operationsByModule(project: Project): Promise<Map<string, PlannedOperation>> {
  const loaded = await loadSpecification({ cwd: project.cwd, env: project.env, configFile: project.configFile }, false)
  if (!loaded.specification) return new Map()
  const operations = extractOperations(loaded.specification).filter(
    (operation) => !operation.stateful && operation.inputs.length > 0 && operation.outputs.length > 0
  )
  return new Map(operations.map((operation) => [operation.modulePath, operation]))
}

function transpiled(text: string, file: string): string {
  const ts = compiler()
  return ts.transpileModule(text, { fileName: file, compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } })
    .outputText
}

/** Runs the probe job sandboxed: it reads only its own directory and the probe script, writes nothing, has no network. */
async function runProbes(directory: string, job: ProbeJob): Promise<ProbeAnswers | undefined> {
  const jobPath = path.join(directory, 'job.json')
  fs.writeFileSync(jobPath, JSON.stringify(job))
  const probeDirectory = path.dirname(PROBE_CHILD)
  const launch = sandboxedNode({
    readPaths: [directory, realpathOrSelf(directory), probeDirectory, realpathOrSelf(probeDirectory)],
    writePaths: [],
    allowChildProcess: false
  })
  const child = spawnInGroup(launch.command, [...launch.prefix, PROBE_CHILD, jobPath], {
    cwd: directory,
    env: sandboxEnvironment({ PATH: process.env.PATH ?? '' })
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
  child.stderr.resume()
  const timer = setTimeout(() => killGroup(child), PROBE_TIMEOUT_MS)
  const code = await new Promise<number | null>((resolve) => {
    child.on('error', () => resolve(null))
    child.on('close', (exitCode) => resolve(exitCode))
  })
  clearTimeout(timer)
  if (code !== 0) return undefined
  try {
    return JSON.parse(output) as ProbeAnswers
  } catch {
    return undefined
  }
}

/** An operation's answer as its outputs: one output is the value itself, several an object. */
function outputsOf(operation: PlannedOperation, answer: unknown): Record<string, Value> | undefined {
  if (operation.outputs.length === 1) return { [operation.outputs[0]!.name]: answer as Value }
  if (typeof answer !== 'object' || answer === null) return undefined
  return Object.fromEntries(operation.outputs.map((output) => [output.name, (answer as Record<string, Value>)[output.name]!]))
}

function answersDiffer(
  operation: PlannedOperation,
  expected: Record<string, Value>,
  actual: ProbeAnswers[number]['answers'][number]
): boolean {
  if (!('value' in actual)) return true
  const outputs = outputsOf(operation, actual.value)
  return outputs === undefined || operation.outputs.some((output) => !valuesAgree(outputs[output.name]!, expected[output.name]!))
}

/** The first probe whose answers differ, as a row of the operation's Examples table. */
function rowFor(
  operation: PlannedOperation,
  probes: Record<string, Value>[],
  current: ProbeAnswers[number],
  mutant: ProbeAnswers[number]
): KillingRow | undefined {
  if (!mutant.loaded) return undefined
  for (let index = 0; index < probes.length; index++) {
    const answer = current.answers[index]
    if (!answer || !('value' in answer)) continue
    const expected = outputsOf(operation, answer.value)
    if (!expected || operation.outputs.some((output) => typeof expected[output.name] !== output.type)) continue
    if (!answersDiffer(operation, expected, mutant.answers[index]!)) continue
    const source = /^(.*):(\d+)$/.exec(operation.examples[0]?.source ?? '')
    return {
      uri: source?.[1] ?? operation.sourceFeatures[0] ?? '',
      ...(source ? { line: Number(source[2]) } : {}),
      ...exampleRow(operation, probes[index]!, expected),
      expectedFrom: 'current-code'
    }
  }
  return undefined
}

/** The numbers the code itself compares with and computes from: a boundary mutant differs only there. */
function numbersInCode(text: string): number[] {
  const ts = compiler()
  const found = new Set<number>()
  const visit = (node: TypeScript.Node) => {
    if (ts.isNumericLiteral(node))
      found.add(
        Number(node.text) *
          (node.parent && ts.isPrefixUnaryExpression(node.parent) && node.parent.operator === ts.SyntaxKind.MinusToken ? -1 : 1)
      )
    ts.forEachChild(node, visit)
  }
  visit(ts.createSourceFile('module.ts', text, ts.ScriptTarget.Latest, true))
  return [...found].filter(Number.isFinite)
}

/**
 * The synthesis's probes, then rows at and around each number of the code for every number
 * input (the other inputs as in the first example).
 */
function probeInputs(operation: PlannedOperation, table: ExampleTable, text: string): Record<string, Value>[] {
  const probes = probeRows(table).map((probe) => probe.inputs)
  const base = operation.examples[0]?.inputs ?? {}
  const seen = new Set(probes.map((probe) => JSON.stringify(probe)))
  for (const input of operation.inputs.filter((candidate) => candidate.type === 'number')) {
    for (const value of numbersInCode(text).flatMap((number) => [number, number - 1, number + 1])) {
      const probe = { ...base, [input.name]: value }
      if (!seen.has(JSON.stringify(probe))) probes.push(probe)
      seen.add(JSON.stringify(probe))
    }
  }
  return probes
}

/** Killing rows for the surviving mutants of one operation's module, by mutant id. */
async function rowsForModule(project: Project, operation: PlannedOperation, mutants: Mutant[]): Promise<Map<string, KillingRow>> {
  const rows = new Map<string, KillingRow>()
  const table = tabulate(operation)
  if (isTableProblem(table)) return rows
  const file = path.join(project.cwd, operation.modulePath)
  const text = fs.readFileSync(file, 'utf8')
  const probes = probeInputs(operation, table, text)
  const directory = strengthScratchOf(project.cwd, `probes-${crypto.randomBytes(4).toString('hex')}`)
  fs.mkdirSync(directory, { recursive: true })
  try {
    const modules = [text, ...mutants.map((mutant) => applyMutant(text, mutant))].map((source, index) => {
      const modulePath = path.join(directory, `module-${index}.js`)
      fs.writeFileSync(modulePath, transpiled(source, file))
      return modulePath
    })
    const inputs = probes.map((probe) => operation.inputs.map((input) => probe[input.name]))
    const answers = await runProbes(directory, { modules, exportName: operation.name, inputs })
    if (!answers?.[0]?.loaded) return rows
    mutants.forEach((mutant, index) => {
      const row = rowFor(operation, probes, answers[0]!, answers[index + 1]!)
      if (row) rows.set(mutant.id, row)
    })
  } finally {
    fs.rmSync(directory, { recursive: true, force: true })
  }
  return rows
}

/** Killing rows for surviving mutants in modules of operations synthesised from Examples tables, by mutant id. */
export async function killingRows(project: Project, survivors: Mutant[]): Promise<Map<string, KillingRow>> {
  const rows = new Map<string, KillingRow>()
  if (survivors.length === 0) return rows
  const operations = await operationsByModule(project)
  const byFile = new Map<string, Mutant[]>()
  for (const mutant of survivors) byFile.set(mutant.file, [...(byFile.get(mutant.file) ?? []), mutant])
  for (const [file, mutants] of byFile) {
    const operation = operations.get(file)
    if (!operation) continue
    for (const [id, row] of await rowsForModule(project, operation, mutants)) rows.set(id, row)
  }
  return rows
}
