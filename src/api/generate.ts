import fs from 'node:fs'
import path from 'node:path'
import { createTwoFilesPatch } from 'diff'
import { exitCodeOf, ExitCode, SpecloopError, specloopError, messageOf } from '../errors'
import type { ProjectOptions } from '../project'
import { toUri } from '../project'
import {
  appendLedger,
  editedByHand,
  isRecorded,
  ledgerProblem,
  readLedger,
  recordedWrites,
  type RecordedWrites,
  sourcesAgainstLedger
} from '../ledger'
import type { Provenance } from '../workspace'
import {
  applyRemovals,
  applyWrites,
  listTypeScriptFiles,
  PlannedFile,
  planWrites,
  readProvenance,
  removeStaleTemporaries,
  renderWithProvenance,
  sha256,
  STORY_GENERATOR,
  WriteDecision
} from '../workspace'
import { version } from '../version'
import {
  analyseSteps,
  fieldsOfWorld,
  OperationModuleRenderer,
  PARAMETER_TYPES_PATH,
  planStepFiles,
  renderOperationStub,
  StepAnalysis,
  STEPS_DIRECTORY,
  STEPS_GENERATOR,
  STUB_GENERATOR,
  WORLD_PATH,
  WorldField
} from '../generators'
import { implementOperations, OperationOutcome, SYNTHESIS_GENERATOR } from '../generators/offline'
import type { SynthesisOptions } from '../generators/synthesis'
import { loadSpecification, Specification } from '../specification'
import { implementStories, storyBudgetMs } from './generate-stories'
import { generateStageRefusals } from './stages'
import { specHash } from '../governance'
import { directoryModuleFormat } from '../runner'

export interface GenerateOptions extends ProjectOptions {
  /** Print what would be written and the diff; write nothing. */
  dryRun?: boolean
  /** Only step definitions, the World, support code and stubs: no synthesis. */
  stepsOnly?: boolean
  /** Writes the modules of operations; by default synthesis, or the typed stub with `stepsOnly`. */
  renderOperation?: OperationModuleRenderer
  synthesis?: SynthesisOptions
  /** Write only the state models the scenarios decide (a model generator writes the others). */
  onlyConfidentStories?: boolean
  /** The offline loop's round, recorded in the ledger entry. */
  round?: number
  /**
   * A ledger that no longer verifies stops generate before it writes or records anything (exit 1);
   * without it, a warning and the entry is chained after the last one.
   */
  strict?: boolean
  /** Told before each operation is synthesised (for a progress line). */
  onOperation?: (name: string, index: number, total: number) => void
}

export interface GeneratedOperationSummary {
  name: string
  module: string
  signature: string
  stateful: boolean
  reason?: string
  examples: number
  /** `feature:line` of each example (an Examples row, or a scenario). */
  exampleSources: string[]
  scenarios: string[]
}

export interface GenerateResult {
  cwd: string
  dryRun: boolean
  /** `--steps-only`: step definitions and stubs; no operation or story was synthesised. */
  stepsOnly: boolean
  /** Every error of the run: the fatal ones, the parse errors and the ledger's, in that order. */
  errors: SpecloopError[]
  /** What stopped generation before it could be done (no project, support code that throws, a failed write). */
  fatalErrors: SpecloopError[]
  parseErrors: SpecloopError[]
  /** Worth telling, not stopping: generated steps that cannot work as planned, a ledger that does not verify, a header the ledger contradicts. */
  warnings: SpecloopError[]
  decisions: { path: string; action: WriteDecision['action']; reason?: string }[]
  written: string[]
  /** Files specloop wrote before, unedited since, that nothing in the plan writes any more: removed. */
  removed: string[]
  /** Unified diff of every file that would change (dry run only). */
  diff?: string
  stepDefinitions: { expression: string; file: string; keyword: string; texts: number }[]
  operations: GeneratedOperationSummary[]
  /** `stepTexts`: the texts the generated step definitions are for; `undefinedTexts`: those no definition matched before this run. */
  counts: {
    stepTexts: number
    undefinedTexts: number
    stepDefinitions: number
    exactTextDefinitions: number
    operations: number
    statefulOperations: number
  }
  /** What synthesis did for each operation (absent with `stepsOnly`). */
  implementations: OperationOutcome[]
  ledgerSequence?: number
  /** With `strict`: the ledger does not verify, so nothing was written or recorded. */
  ledgerError?: SpecloopError
  /** As `generateExitCode`. */
  exitCode: ExitCode
}

/**
 * 0 done (or nothing to do), 1 the specs have problems or an operation is left unimplemented
 * or unconfirmed (no rule found, the examples do not decide it, or it needs a model provider),
 * 2 generation could not be done.
 */
export function generateExitCode(result: Omit<GenerateResult, 'errors' | 'exitCode'>): ExitCode {
  return exitCodeOf({
    couldNotRun: result.fatalErrors.length,
    problems:
      result.parseErrors.length > 0 ||
      result.ledgerError !== undefined ||
      result.implementations.some((outcome) => outcome.status !== 'synthesised' && !outcome.keptByHand)
  })
}

/** Generate stopped before writing anything: the suite has nothing new to run, the loops stop. */
export function stoppedBeforeWriting(result: GenerateResult): boolean {
  return result.fatalErrors.length > 0 || result.parseErrors.length > 0 || result.ledgerError !== undefined
}

const emptyResult = (cwd: string, dryRun: boolean, stepsOnly: boolean): GenerateResult => ({
  cwd,
  dryRun,
  stepsOnly,
  errors: [],
  exitCode: 0,
  fatalErrors: [],
  parseErrors: [],
  warnings: [],
  decisions: [],
  written: [],
  removed: [],
  stepDefinitions: [],
  operations: [],
  implementations: [],
  counts: { stepTexts: 0, undefinedTexts: 0, stepDefinitions: 0, exactTextDefinitions: 0, operations: 0, statefulOperations: 0 }
})

/** Packages generated files import that do not resolve from where those files live. */
function missingRuntimeModules(cwd: string, files: PlannedFile[]): string[] {
  const imported = new Set<string>()
  for (const file of files) {
    for (const match of file.content.matchAll(/^import [^'"]*from ["']([^./"'][^"']*)["']/gm)) {
      if (!match[1].startsWith('node:') && !match[1].startsWith('@cucumber/')) imported.add(match[1])
    }
  }
  return [...imported].filter((name) => {
    try {
      require.resolve(name, { paths: [path.join(cwd, 'generated', 'steps')] })
      return false
    } catch {
      return true
    }
  })
}

/** A file with specloop's provenance header, not edited since: generate may write it again. */
export function isRewritableGeneratedFile(cwd: string, file: string | undefined): boolean {
  if (file === undefined || !file.startsWith('generated/')) return false
  const content = readText(path.join(cwd, file))
  if (content === undefined) return false
  const read = readProvenance(content)
  return read.provenance !== undefined && !read.editedByHand
}

/** What specloop wrote before and may rewrite, read from the provenance headers on disk. */
interface Workspace {
  ownedFiles: Set<string>
  ownedStepFiles: string[]
  previousFields: WorldField[]
  /** The previous World's fields that support files specloop may not rewrite use: they keep their name and type. */
  keptFields: WorldField[]
  customWorld: boolean
  projectDefinesBoolean: boolean
  keepOperationModules: Set<string>
  /** Files specloop generated that were edited by hand since: reported, never touched. */
  handEditedFiles: string[]
  /** The generated steps load as ES modules (`"type": "module"`): their relative imports name the `.js` file. */
  esModules: boolean
}

const readText = (file: string): string | undefined => {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
}

/**
 * A generated file's header, checked against the ledger where one is kept: a content the ledger
 * never recorded specloop writing counts as edited by hand, even if its body hash was recomputed.
 */
function readGenerated(content: string, uri: string, recorded: RecordedWrites | undefined): ReturnType<typeof readProvenance> {
  const read = readProvenance(content)
  return { ...read, editedByHand: editedByHand(read, recorded, uri, content) }
}

/** Generated by this generator and not edited since: specloop may rewrite it. */
function isOwned(content: string | undefined, uri: string, recorded: RecordedWrites | undefined): boolean {
  if (content === undefined) return false
  const read = readGenerated(content, uri, recorded)
  return read.provenance?.generator === STEPS_GENERATOR && !read.editedByHand
}

/** Generators whose operation modules the offline generator may rewrite when the examples change. */
const REWRITABLE_OPERATION_GENERATORS = new Set([STUB_GENERATOR, SYNTHESIS_GENERATOR, STORY_GENERATOR])

function readWorkspace(
  specification: Specification,
  rewritableOperationGenerators: Set<string>,
  recorded: RecordedWrites | undefined
): Workspace {
  const { project, support } = specification
  const cwd = project.cwd
  const ownedFiles = new Set<string>()
  const ownedStepFiles: string[] = []
  for (const file of listTypeScriptFiles(path.join(cwd, STEPS_DIRECTORY))) {
    const uri = toUri(project, file)
    if (!isOwned(readText(file), uri, recorded)) continue
    ownedFiles.add(uri)
    ownedStepFiles.push(uri)
  }
  const worldText = readText(path.join(cwd, WORLD_PATH))
  const previousFields = isOwned(worldText, WORLD_PATH, recorded) ? fieldsOfWorld(readProvenance(worldText!).body) : []
  const parameterTypesOwned = isOwned(readText(path.join(cwd, PARAMETER_TYPES_PATH)), PARAMETER_TYPES_PATH, recorded)
  const supportFiles = [...project.requirePaths, ...project.importPaths].filter((file) => {
    const uri = toUri(project, file)
    return uri !== WORLD_PATH && !ownedFiles.has(uri)
  })
  const customWorld = supportFiles.some((file) => /\bsetWorldConstructor\s*\(/.test(readText(file) ?? ''))
  const keptFields = fieldsUsedBy(
    supportFiles.map((file) => readText(file) ?? ''),
    previousFields
  )
  const projectDefinesBoolean = (support.parameterTypes ?? []).some(
    (type) => type.name === 'boolean' && !(parameterTypesOwned && type.uri === PARAMETER_TYPES_PATH)
  )
  const keepOperationModules = new Set<string>()
  const generatedSource = path.join(cwd, 'generated', 'src')
  for (const file of listTypeScriptFiles(generatedSource)) {
    const provenance = readProvenance(readText(file) ?? '').provenance
    if (provenance && !rewritableOperationGenerators.has(provenance.generator)) keepOperationModules.add(toUri(project, file))
  }
  const handEditedFiles = listTypeScriptFiles(path.join(cwd, 'generated'))
    .filter((file) => {
      const read = readGenerated(readText(file) ?? '', toUri(project, file), recorded)
      return (
        read.editedByHand &&
        (read.provenance?.generator === STEPS_GENERATOR || REWRITABLE_OPERATION_GENERATORS.has(read.provenance?.generator ?? ''))
      )
    })
    .map((file) => toUri(project, file))
    .sort()
  return {
    ownedFiles,
    ownedStepFiles: ownedStepFiles.sort(),
    previousFields,
    keptFields,
    customWorld,
    projectDefinesBoolean,
    keepOperationModules,
    handEditedFiles,
    esModules: directoryModuleFormat(path.join(cwd, STEPS_DIRECTORY)) === 'module'
  }
}

/** The fields of `fields` that the texts read or write (`this.name`, `requireInput(this, "name")`). */
function fieldsUsedBy(texts: string[], fields: WorldField[]): WorldField[] {
  const used = new Set<string>()
  for (const text of texts)
    for (const match of text.matchAll(
      /\bthis\s*\.\s*([\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*)|\brequireInput\(\s*this\s*,\s*["']([^"']+)["']/gu
    ))
      used.add(match[1] ?? match[2]!)
  return fields.filter((field) => used.has(field.name))
}

/** Generated files whose header names sources the ledger did not record reading when it wrote them. */
function headersAgainstLedger(cwd: string, recorded: RecordedWrites): SpecloopError[] {
  return listTypeScriptFiles(path.join(cwd, 'generated')).flatMap((file) => {
    const content = readText(file) ?? ''
    const uri = path.relative(cwd, file).split(path.sep).join('/')
    const { provenance } = readProvenance(content)
    if (!provenance || !isRecorded(recorded, uri, content)) return []
    const disagreements = sourcesAgainstLedger(recorded, uri, content, provenance.sources)
    return disagreements.length === 0
      ? []
      : [
          specloopError(
            'GENERATE_PROVENANCE_SOURCES',
            `its provenance header names sources the ledger did not record when specloop wrote it: ${disagreements.join('; ')}`,
            { file: uri, line: 2, column: 1 }
          )
        ]
  })
}

/**
 * A step file that calls a class someone edited by hand is kept as it is: rewritten for a new
 * model, it would call fields and methods the edited class may not have (and stop compiling).
 * Its new steps, if any, are then the person's to bind, as for any hand-edited file.
 */
function keepStepsOfKeptClasses(decisions: WriteDecision[]): WriteDecision[] {
  const kept = decisions
    .filter((decision) => decision.action === 'kept-hand-edited' && decision.path.startsWith('generated/src/'))
    .map((decision) => path.posix.basename(decision.path).replace(/\.ts$/, ''))
  if (kept.length === 0) return decisions
  return decisions.map((decision) => {
    if (decision.action !== 'update' || decision.previous === undefined || !decision.path.startsWith('generated/steps/')) return decision
    const calls = kept.find((module) => decision.previous!.includes(`from "../src/${module}"`))
    if (calls === undefined) return decision
    return {
      ...decision,
      action: 'kept-hand-edited',
      reason: `it calls generated/src/${calls}.ts, which was edited by hand: rewritten for a new model it might call what the edit no longer has`
    }
  })
}

/**
 * planWrites compares whole files. A generated file whose code and provenance would differ only
 * in specloop's version keeps its header: an upgrade alone rewrites nothing. A changed spec
 * does rewrite the header, so provenance always names the spec text the code answers.
 */
function keepUnchangedBodies(decisions: WriteDecision[]): WriteDecision[] {
  return decisions.map((decision) => {
    if (decision.action !== 'update' || decision.previous === undefined) return decision
    const before = readProvenance(decision.previous)
    const after = readProvenance(decision.content)
    if (
      before.provenance &&
      after.provenance &&
      !before.editedByHand &&
      before.body === after.body &&
      sameOrigin(before.provenance, after.provenance)
    ) {
      return {
        ...decision,
        action: 'unchanged',
        reason: "same code from the same specs; only specloop's version differs",
        content: decision.previous
      }
    }
    return decision
  })
}

function sameOrigin(a: Provenance, b: Provenance): boolean {
  const { version: _a, bodySha256: _ab, ...restA } = a
  const { version: _b, bodySha256: _bb, ...restB } = b
  return JSON.stringify(restA) === JSON.stringify(restB)
}

function unifiedDiff(decisions: WriteDecision[]): string {
  return decisions
    .filter((decision) => decision.action === 'create' || decision.action === 'update' || decision.action === 'remove')
    .map((decision) =>
      createTwoFilesPatch(
        decision.action === 'create' ? '/dev/null' : `a/${decision.path}`,
        decision.action === 'remove' ? '/dev/null' : `b/${decision.path}`,
        decision.previous ?? '',
        decision.content,
        undefined,
        undefined,
        { context: 3 }
      )
    )
    .join('')
}

function summarise(result: GenerateResult, analysis: StepAnalysis): void {
  result.stepDefinitions = analysis.steps.map((step) => ({
    expression: step.group.expression,
    file: `${STEPS_DIRECTORY}/${step.file}`,
    keyword: { given: 'Given', when: 'When', then: 'Then' }[step.group.role],
    texts: step.group.texts.length
  }))
  result.operations = analysis.operations.map((operation) => {
    const summary: GeneratedOperationSummary = {
      name: operation.name,
      module: operation.modulePath,
      signature: `${operation.name}(${operation.parameters.map((parameter) => `${parameter.name}: ${parameter.type}`).join(', ')})`,
      stateful: operation.stateful,
      examples: operation.examples.length,
      exampleSources: operation.examples.map((example) => example.source),
      scenarios: operation.scenarios
    }
    if (operation.reason) summary.reason = operation.reason
    return summary
  })
  result.counts = {
    stepTexts: analysis.texts,
    undefinedTexts: analysis.undefinedTexts,
    stepDefinitions: analysis.steps.length,
    exactTextDefinitions: analysis.steps.filter((step) => step.group.literal).length,
    operations: analysis.operations.length,
    statefulOperations: analysis.operations.filter((operation) => operation.stateful).length
  }
}

/**
 * The specification to generate from, or undefined with the reason in `result`: it does not
 * load, the ledger is broken under --strict, or the specs or support code have errors.
 */
async function specificationToGenerate(options: GenerateOptions, result: GenerateResult): Promise<Specification | undefined> {
  const loaded = await loadSpecification(options)
  if (loaded.error) {
    result.fatalErrors.push(...(loaded.errors ?? [loaded.error]))
    return undefined
  }
  const specification = loaded.specification
  result.cwd = specification.project.cwd
  // The policy's generate stage: only approved specs are generated from.
  const stage = generateStageRefusals(specification)
  if (stage.fatal) {
    result.fatalErrors.push(stage.fatal)
    return undefined
  }
  if (stage.refusals.length > 0) {
    result.parseErrors.push(...stage.refusals)
    return undefined
  }
  // Like every command that appends to the ledger, generate first checks that it still verifies.
  const brokenLedger = result.dryRun ? undefined : ledgerProblem(result.cwd)
  if (brokenLedger && options.strict) {
    result.ledgerError = {
      ...brokenLedger,
      hint: 'restore the ledger from version control, or run without --strict to record new entries after its heads; nothing was written and nothing recorded'
    }
    return undefined
  }
  if (brokenLedger) result.warnings.push(brokenLedger)
  // What a generate or verify killed mid-write left behind goes before this run writes anything.
  if (!result.dryRun) removeStaleTemporaries(result.cwd)
  // Bad input is reported as `check` reports it, and nothing is written. A file specloop wrote
  // (untouched since) that fails to load, e.g. after its operation module was deleted, is the
  // one thing generate can mend: it is planned again like any other generated file.
  const unmendable = specification.support.errors.filter((error) => !isRewritableGeneratedFile(result.cwd, error.file))
  if (unmendable.length > 0) {
    result.fatalErrors.push(...unmendable)
    return undefined
  }
  for (const error of specification.support.errors)
    result.warnings.push({ ...error, hint: [error.hint, 'specloop wrote that file and writes it again'].filter(Boolean).join('; ') })
  if (specification.sourceErrors.length > 0) {
    result.parseErrors.push(...specification.sourceErrors)
    return undefined
  }
  return specification
}

/**
 * The full generate's implementations: stateful features as stories (whose classes take the
 * place of their commands' stubs), then each remaining operation synthesised from its examples.
 */
function implementSpecification(
  specification: Specification,
  analysis: StepAnalysis,
  workspace: Workspace,
  featureHashes: Map<string, string>,
  options: GenerateOptions,
  result: GenerateResult
): { storyFiles: PlannedFile[]; renderOperation: OperationModuleRenderer } {
  const stories = implementStories(specification.features, analysis, workspace.keepOperationModules, {
    onlyConfident: options.onlyConfidentStories,
    budgetMs: storyBudgetMs(options.synthesis?.timeBudgetMs),
    // {phrase} is defined where specloop writes the parameter types, or where the project defines it.
    phraseType: !workspace.projectDefinesBoolean || (specification.support.parameterTypes ?? []).some((type) => type.name === 'phrase')
  })
  const storyFiles = stories.files.map((file) => ({
    path: file.path,
    content: renderWithProvenance(file.body, {
      generator: STORY_GENERATOR,
      version,
      sources: file.sources.map((source) => ({ path: source, sha256: featureHashes.get(source) ?? '' })),
      rule: file.rule,
      ...(file.skeleton ? { skeleton: { path: file.path, sha256: sha256(file.body) } } : {})
    })
  }))
  summarise(result, analysis)
  const pending = analysis.operations.filter((operation) => !workspace.keepOperationModules.has(operation.modulePath))
  const implemented = implementOperations(pending, { synthesis: options.synthesis, onOperation: options.onOperation })
  result.implementations = [...stories.outcomes, ...implemented.outcomes]
  result.warnings.push(...wordsAgainstRows(implemented.outcomes))
  return { storyFiles, renderOperation: (operation) => implemented.modules.get(operation.modulePath) ?? renderOperationStub(operation) }
}

/** A number the words state where the rule takes another from the rows: located at its first example. */
function wordsAgainstRows(outcomes: readonly OperationOutcome[]): SpecloopError[] {
  return outcomes.flatMap((outcome) => {
    const against = outcome.wordsAgainstRows
    if (against === undefined) return []
    const [file, line] = (outcome.source ?? '').split(/:(?=\d+$)/u)
    return [
      specloopError(
        'WORDS_AGAINST_ROWS',
        `the words of ${outcome.name} say ${against.stated}, but its examples take ${against.used} (${(outcome.rules ?? []).join('; ')})`,
        file ? { file, ...(line ? { line: Number(line) } : {}) } : {},
        'the examples are the specification: correct the rows or the description, so that they say the same'
      )
    ]
  })
}

/** The hand-edited files the plan no longer mentions added to its decisions; operations kept by hand marked so. */
function addHandEdited(decisions: WriteDecision[], workspace: Workspace, result: GenerateResult): void {
  // A hand-edited file the plan no longer mentions (its steps now count as hand-written) is still reported.
  const planned = new Set(decisions.map((decision) => decision.path))
  for (const file of workspace.handEditedFiles) {
    if (!planned.has(file))
      decisions.push({
        path: file,
        action: 'kept-hand-edited',
        reason: 'edited by hand since it was generated; its step definitions now count as hand-written',
        content: ''
      })
  }
  // An operation whose module a person edited runs their code: never reported as specloop's rule.
  const keptByHand = new Set(decisions.filter((decision) => decision.action.startsWith('kept-hand')).map((decision) => decision.path))
  for (const outcome of result.implementations) if (keptByHand.has(outcome.modulePath)) outcome.keptByHand = true
}

/** The ledger entry of a generation: the specs read, the files written, what synthesis found. */
function recordGeneration(
  result: GenerateResult,
  decisions: WriteDecision[],
  featureHashes: Map<string, string>,
  stepsOnly: boolean,
  round: number | undefined
): void {
  const contentOf = new Map(decisions.map((decision) => [decision.path, decision.content]))
  const entry = appendLedger(result.cwd, {
    kind: 'generate',
    generator: stepsOnly ? STEPS_GENERATOR : `${STEPS_GENERATOR}+${SYNTHESIS_GENERATOR}`,
    inputs: [...featureHashes].map(([file, hash]) => ({ path: file, sha256: hash })),
    files: result.written.map((file) => ({ path: file, sha256: sha256(contentOf.get(file) ?? '') })),
    result: {
      ...(round !== undefined ? { round } : {}),
      ...result.counts,
      written: result.written.length,
      ...(result.removed.length > 0 ? { removed: result.removed } : {}),
      implementations: result.implementations.map((outcome) => ({
        operation: outcome.name,
        status: outcome.status,
        ...(outcome.rules ? { rules: outcome.rules } : {}),
        ...(outcome.distinguishingExamples
          ? { distinguishingExamples: outcome.distinguishingExamples.map(({ output, header, row }) => ({ output, header, row })) }
          : {}),
        // A question no single row answers (a story's edge) is recorded as said, so metrics can tell one from the next.
        ...(outcome.status === 'ambiguous' && !outcome.distinguishingExamples && outcome.message ? { question: outcome.message } : {})
      }))
    }
  })
  result.ledgerSequence = entry.sequence
}

/**
 * `specloop generate --steps-only`: analyse the specification → plan the files → decide
 * the writes → apply them → record the run in the ledger. Each stage is a small function, so
 * the full generate (synthesis, the loop) composes the same stages.
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  return withErrorsAndExitCode(await generateInStages(options))
}

/** The result's uniform fields (every command's): all its errors in one list, and its exit code. */
function withErrorsAndExitCode(result: GenerateResult): GenerateResult {
  result.errors = [...result.fatalErrors, ...result.parseErrors, ...(result.ledgerError ? [result.ledgerError] : [])]
  result.exitCode = generateExitCode(result)
  return result
}

async function generateInStages(options: GenerateOptions): Promise<GenerateResult> {
  const dryRun = Boolean(options.dryRun)
  const result = emptyResult(options.cwd, dryRun, Boolean(options.stepsOnly) || options.renderOperation !== undefined)
  const specification = await specificationToGenerate(options, result)
  if (!specification) return result
  const { stepsOnly } = result
  // With --steps-only a synthesised module stays as it is; a full run may re-synthesise it.
  const recorded = recordedWrites(readLedger(result.cwd))
  const workspace = readWorkspace(specification, stepsOnly ? new Set([STUB_GENERATOR]) : REWRITABLE_OPERATION_GENERATORS, recorded)
  const analysis = analyseSpecification(specification, workspace, result)
  if (!analysis) return result
  // Provenance names each spec by its fingerprint: an edit of a comment or of the layout changes nothing.
  const featureHashes = new Map(
    specification.features.map((feature) => [feature.uri, specHash(feature.uri, feature.source, feature.gherkinDocument)])
  )
  const implemented = stepsOnly
    ? { storyFiles: [], renderOperation: options.renderOperation }
    : implementSpecification(specification, analysis, workspace, featureHashes, options, result)
  const files = [...planStepFilesOf(analysis, workspace, featureHashes, implemented.renderOperation), ...implemented.storyFiles]
  const decisions = [
    ...keepStepsOfKeptClasses(
      keepUnchangedBodies(
        planWrites(result.cwd, files, recorded ? { recordedBySpecloop: (file, content) => isRecorded(recorded, file, content) } : {})
      )
    ),
    // A full generation plans every file it needs: what it wrote before and no longer writes goes.
    ...(stepsOnly ? [] : leftovers(specification, files, recorded))
  ]
  if (recorded) result.warnings.push(...headersAgainstLedger(result.cwd, recorded))
  // What generated code imports at run time must resolve from the project before any round runs.
  const missing = missingRuntimeModules(result.cwd, files)
  if (missing.length > 0 && !dryRun) {
    result.fatalErrors.push(missingDependencyError(missing))
    return result
  }
  addHandEdited(decisions, workspace, result)
  result.decisions = decisions.map(({ path: file, action, reason }) => (reason ? { path: file, action, reason } : { path: file, action }))
  if (dryRun) {
    result.diff = unifiedDiff(decisions)
    return result
  }
  try {
    result.written = applyWrites(result.cwd, decisions)
    result.removed = applyRemovals(result.cwd, decisions)
  } catch (thrown) {
    result.fatalErrors.push(specloopError('GENERATE_WRITE', `could not write the generated files: ${messageOf(thrown)}`))
    return result
  }
  recordGeneration(result, decisions, featureHashes, stepsOnly, options.round)
  return result
}

/**
 * Files specloop wrote (a step file, a stub, a synthesised module, a story's class), unedited
 * since, that this generation no longer writes: an operation renamed, a stub whose story now has
 * its class, a feature deleted. Left there, they would be read as current code ("a stub: no rule").
 */
function leftovers(specification: Specification, files: readonly PlannedFile[], recorded: RecordedWrites | undefined): WriteDecision[] {
  const { project } = specification
  const planned = new Set(files.map((file) => file.path))
  const removable = new Set([STEPS_GENERATOR, ...REWRITABLE_OPERATION_GENERATORS])
  return [path.join(project.cwd, STEPS_DIRECTORY), path.join(project.cwd, 'generated', 'src')]
    .flatMap((directory) => listTypeScriptFiles(directory))
    .flatMap((file): WriteDecision[] => {
      const uri = toUri(project, file)
      const content = readText(file)
      if (planned.has(uri) || content === undefined) return []
      const read = readGenerated(content, uri, recorded)
      if (read.editedByHand || !removable.has(read.provenance?.generator ?? '')) return []
      return [
        { path: uri, action: 'remove', reason: 'specloop wrote it, and nothing it generates now needs it', content: '', previous: content }
      ]
    })
    .sort((a, b) => (a.path < b.path ? -1 : 1))
}

/** The steps analysed (summarised in the result); undefined when the analysis failed, a bug reported as such. */
function analyseSpecification(specification: Specification, workspace: Workspace, result: GenerateResult): StepAnalysis | undefined {
  const booleanType = (specification.support.parameterTypes ?? []).find((type) => type.name === 'boolean')
  const analysis = analyseSteps(specification.features, specification.support.definitions, {
    ownedFiles: workspace.ownedFiles,
    previousFields: workspace.previousFields,
    keptFields: workspace.keptFields,
    booleanRegexps: workspace.projectDefinesBoolean ? booleanType?.regexps : undefined
  })
  summarise(result, analysis)
  result.warnings.push(...analysis.warnings)
  if (analysis.problems.length === 0) return analysis
  result.fatalErrors.push(
    ...analysis.problems.map((problem) =>
      specloopError('GENERATE_EXPRESSION', problem, {}, 'this is a bug in specloop: please report it with the step text')
    )
  )
  return undefined
}

/** The step definition files (and operation modules) the analysis asks for, in this workspace. */
function planStepFilesOf(
  analysis: StepAnalysis,
  workspace: Workspace,
  featureHashes: Map<string, string>,
  renderOperation: OperationModuleRenderer | undefined
): PlannedFile[] {
  return planStepFiles({
    analysis,
    featureHashes,
    version,
    customWorld: workspace.customWorld,
    esModules: workspace.esModules,
    projectDefinesBoolean: workspace.projectDefinesBoolean,
    keepOperationModules: workspace.keepOperationModules,
    staleStepFiles: workspace.ownedStepFiles,
    renderOperation
  })
}

function missingDependencyError(missing: string[]): SpecloopError {
  return specloopError(
    'GENERATE_MISSING_DEPENDENCY',
    `generated step definitions import ${missing.join(', ')}, which the project does not have: nothing was written`,
    {},
    `npm i -D ${missing.join(' ')}`
  )
}

export type { OperationOutcome } from '../generators/offline'
