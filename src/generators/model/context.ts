import fs from 'node:fs'
import path from 'node:path'
import { describeCompilerOptions, readProjectTsconfig } from '../../project'
import type { ParsedFeature } from '../../gherkin'
import { readProvenance, sha256 } from '../../workspace'
import type { PlannedFile } from '../../workspace'
import type { ScenarioResult, StepDefinitionReference } from '../loop'
import type { PromptContext, PromptSkeleton } from './prompt'
import { exportedSignatures, worldDeclaration } from './signatures'
import { withoutStepDefinitions } from './confidential'

const SCENARIOS_PER_REASON = 2
const MAX_EXCERPTS = 12
const MAX_STEP_DEFINITIONS = 40
const EXCERPT_LIMIT = 3000
const SUPPORT_DIRECTORIES = ['steps', 'generated/support', 'generated/steps', 'features/support', 'support']
const SIGNATURE_DIRECTORIES = ['src', 'generated/src']

export interface ContextInput {
  cwd: string
  features: ParsedFeature[]
  /** Scenarios not passing (from the last suite run). */
  scenarios: ScenarioResult[]
  stepDefinitions: StepDefinitionReference[]
  writtenFiles: PlannedFile[]
  allowedRoots: string[]
  /** The cucumber configuration's support code globs, as written. */
  supportGlobs: string[]
  /** Files that never enter a prompt (confidential globs); none when absent. */
  withheldFile?(relativePath: string): boolean
  /** Scenarios that never enter a prompt (confidential tags); none when absent. */
  withheldScenario?(scenario: { uri: string; line: number }): boolean
  /** Step definitions that never enter a prompt (only confidential scenarios use them): left out of lists and of files shown whole. */
  withheldDefinitions?: readonly StepDefinitionReference[]
  /** Class skeletons the offline pass wrote for the model to fill (shown in their own section, not again as files). */
  skeletons?: readonly PromptSkeleton[]
}

/** A scenario an excerpt shows: its line, and the hash and size of its text as shown (for the ledger). */
export interface IncludedScenario {
  line: number
  sha256: string
  bytes: number
}

export interface FeatureExcerpt {
  uri: string
  text: string
  scenarios: IncludedScenario[]
}

/** A scenario's lines in its feature file: tags, keyword line, steps, examples. */
interface Block {
  start: number
  end: number
}

function blocksOf(feature: ParsedFeature): { header: string; background?: string; blocks: Block[] } {
  const lines = feature.source.split('\n')
  const document = feature.gherkinDocument?.feature
  if (!document) return { header: '', blocks: [] }
  const starts: { line: number; kind: 'scenario' | 'background' | 'rule' }[] = []
  const visit = (
    children: readonly {
      scenario?: { location: { line: number }; tags: readonly { location: { line: number } }[] }
      background?: { location: { line: number } }
      rule?: { location: { line: number }; children: readonly unknown[] }
    }[]
  ) => {
    for (const child of children) {
      if (child.scenario)
        starts.push({
          line: Math.min(child.scenario.location.line, ...child.scenario.tags.map((tag) => tag.location.line)),
          kind: 'scenario'
        })
      if (child.background) starts.push({ line: child.background.location.line, kind: 'background' })
      if (child.rule) {
        starts.push({ line: child.rule.location.line, kind: 'rule' })
        visit(child.rule.children as never)
      }
    }
  }
  visit(document.children as never)
  starts.sort((a, b) => a.line - b.line)
  const ranges = starts.map((start, index) => {
    let end = (starts[index + 1]?.line ?? lines.length + 1) - 1
    while (end > start.line && /^\s*(#.*)?$/.test(lines[end - 1] ?? '')) end--
    return { ...start, start: start.line, end }
  })
  const text = (range: Block) => lines.slice(range.start - 1, range.end).join('\n')
  const firstBackground = ranges.find((range) => range.kind === 'background')
  return {
    header: [lines[document.location.line - 1]?.trim() ?? '', ...(document.description ? [document.description.slice(0, 600)] : [])].join(
      '\n'
    ),
    background: firstBackground ? text(firstBackground) : undefined,
    // A scenario whose lines are blanked (confidential) is not one the excerpt may count.
    blocks: ranges.filter((range) => range.kind === 'scenario' && text(range).trim() !== '')
  }
}

/** Excerpts of the features: for each reason of failure, its first scenarios, each once. */
export function selectFeatureExcerpts(features: ParsedFeature[], scenarios: ScenarioResult[]): FeatureExcerpt[] {
  const byReason = new Map<string, ScenarioResult[]>()
  for (const scenario of scenarios) {
    const reason =
      scenario.undefinedSteps.length > 0
        ? `undefined:${scenario.undefinedSteps.join('|')}`
        : `${scenario.status}:${scenario.failingStep?.text ?? ''}:${scenario.errorMessage ?? ''}`
    const group = byReason.get(reason) ?? []
    if (group.length < SCENARIOS_PER_REASON) group.push(scenario)
    byReason.set(reason, group)
  }
  const chosen = [...byReason.values()].flat().slice(0, MAX_EXCERPTS)
  const featureByUri = new Map(features.map((feature) => [feature.uri, feature]))
  const wanted = new Map<string, Set<Block>>()
  const parsed = new Map<string, ReturnType<typeof blocksOf>>()
  for (const scenario of chosen) {
    const feature = featureByUri.get(scenario.uri)
    if (!feature) continue
    const structure = parsed.get(feature.uri) ?? blocksOf(feature)
    parsed.set(feature.uri, structure)
    const block = structure.blocks.find((candidate) => candidate.start <= scenario.line && scenario.line <= candidate.end)
    if (block) wanted.set(feature.uri, (wanted.get(feature.uri) ?? new Set()).add(block))
  }
  return [...wanted.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([uri, blocks]) => {
      const structure = parsed.get(uri)!
      const lines = featureByUri.get(uri)!.source.split('\n')
      const parts = [structure.header]
      if (structure.background?.trim()) parts.push(structure.background)
      const included: IncludedScenario[] = []
      for (const block of [...blocks].sort((a, b) => a.start - b.start)) {
        // Blanked (confidential) lines inside a block, such as an Examples section, are left out.
        const whole = lines
          .slice(block.start - 1, block.end)
          .join('\n')
          .replace(/\n(?:[ \t]*\n){2,}/g, '\n\n')
        const text = whole.length > EXCERPT_LIMIT ? `${whole.slice(0, EXCERPT_LIMIT)}\n    # … (cut)` : whole
        parts.push(text)
        included.push({ line: block.start, sha256: sha256(text), bytes: Buffer.byteLength(text) })
      }
      const others = structure.blocks.length - blocks.size
      if (others > 0) parts.push(`  # … ${others} other scenarios in this file not shown`)
      return { uri, text: parts.join('\n\n'), scenarios: included }
    })
}

function wordsOf(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((word) => word.length >= 3)
  )
}

/** The step definitions most related (by shared words) to the steps to make pass, as source lines. */
function selectStepDefinitions(cwd: string, definitions: StepDefinitionReference[], stepTexts: string[]): string[] {
  const wanted = wordsOf(stepTexts.join(' '))
  const sourceLines = new Map<string, string[]>()
  const lineOf = (definition: StepDefinitionReference) => {
    if (!sourceLines.has(definition.uri)) {
      const file = path.join(cwd, definition.uri)
      sourceLines.set(definition.uri, fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n') : [])
    }
    const line = sourceLines.get(definition.uri)![definition.line - 1]?.trim()
    return line && line.length <= 200
      ? line
      : `${definition.patternKind === 'regular-expression' ? `/${definition.pattern}/` : JSON.stringify(definition.pattern)}`
  }
  return definitions
    .map((definition, index) => ({ definition, index, shared: [...wordsOf(definition.pattern)].filter((word) => wanted.has(word)).length }))
    .sort((a, b) => b.shared - a.shared || a.index - b.index)
    .slice(0, MAX_STEP_DEFINITIONS)
    .sort((a, b) => a.index - b.index)
    .map(({ definition }) => `${lineOf(definition)}  // ${definition.uri}:${definition.line}`)
}

function listFiles(root: string, directory: string, accept: (name: string) => boolean): string[] {
  const absolute = path.join(root, directory)
  if (!fs.existsSync(absolute) || !fs.statSync(absolute).isDirectory()) return []
  const found: string[] = []
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue
      const full = path.join(current, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.isFile() && accept(entry.name)) found.push(path.relative(root, full).split(path.sep).join('/'))
    }
  }
  walk(absolute)
  return found
}

const isTypeScriptSource = (name: string) => /\.(ts|tsx|mts|cts)$/.test(name) && !/\.d\.ts$|\.test\.ts$/.test(name)

function findWorld(cwd: string, withheld: (relativePath: string) => boolean = () => false): string | undefined {
  for (const directory of SUPPORT_DIRECTORIES) {
    for (const file of listFiles(cwd, directory, (name) => /\.(ts|js|mjs|cjs)$/.test(name)).filter((file) => !withheld(file))) {
      const text = fs.readFileSync(path.join(cwd, file), 'utf8')
      const world = worldDeclaration(file, text)
      if (world) return `// ${file}\n${world}`
    }
  }
  return undefined
}

function collectSignatures(
  cwd: string,
  skip: Set<string>,
  stepTexts: string[],
  withheld: (relativePath: string) => boolean = () => false
): { path: string; signatures: string[] }[] {
  const wanted = wordsOf(stepTexts.join(' '))
  const files = SIGNATURE_DIRECTORIES.flatMap((directory) => listFiles(cwd, directory, isTypeScriptSource)).filter(
    (file) => !skip.has(file) && !withheld(file)
  )
  // Files whose names share words with the steps come first: they are the likely collaborators.
  const ranked = files
    .map((file, index) => ({
      file,
      index,
      shared: [...wordsOf(path.basename(file).replace(/\.\w+$/, ''))].filter((word) => wanted.has(word)).length
    }))
    .sort((a, b) => b.shared - a.shared || a.index - b.index)
  return ranked
    .map(({ file }) => ({ path: file, signatures: exportedSignatures(file, fs.readFileSync(path.join(cwd, file), 'utf8')) }))
    .filter((entry) => entry.signatures.length > 0)
}

function describeConventions(cwd: string, supportGlobs: string[]): string[] {
  const conventions: string[] = []
  const resolves = (name: string) => {
    try {
      return require.resolve(`${name}/package.json`, { paths: [cwd] })
    } catch {
      return undefined
    }
  }
  const cucumberManifest = resolves('@cucumber/cucumber')
  const cucumberVersion = cucumberManifest ? (JSON.parse(fs.readFileSync(cucumberManifest, 'utf8')) as { version: string }).version : '12'
  conventions.push(
    `cucumber-js ${cucumberVersion}: import { Given, When, Then, World, setWorldConstructor } from ` +
      `'@cucumber/cucumber'. Use Cucumber Expressions ({int}, {float}, {string}, {word}). Step functions are ` +
      `\`function\`, not arrow functions, so \`this\` is the World.`
  )
  conventions.push(
    `cucumber-js loads support code from: ${supportGlobs.join(', ') || 'steps/**/*.ts'}. Put step definitions in ` +
      `generated/steps/<topic>.steps.ts and the implementation in generated/src/<topic>.ts (imported as '../src/<topic>').`
  )
  conventions.push(
    resolves('chai')
      ? "Assert with chai: import { expect } from 'chai'."
      : "Assert with node:assert: import assert from 'node:assert/strict'."
  )
  const tsconfig = readProjectTsconfig(cwd)
  if (tsconfig) {
    const shown = describeCompilerOptions(tsconfig.options, [
      'strict',
      'module',
      'moduleResolution',
      'target',
      'noImplicitAny',
      'esModuleInterop'
    ])
    conventions.push(`TypeScript, checked with tsc --noEmit (tsconfig.json: ${shown.join(', ') || 'defaults'}). Code must compile.`)
  }
  const manifest = path.join(cwd, 'package.json')
  const isModule = fs.existsSync(manifest) && (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { type?: string }).type === 'module'
  conventions.push(
    isModule
      ? 'The package is an ES module ("type": "module"): relative imports end in .js.'
      : 'CommonJS package: relative imports have no extension.'
  )
  return conventions
}

/**
 * Generated files the failures run through (top stack frames, the failing steps' definitions)
 * that the model may replace: their bodies, since a signature is not enough to fix them.
 */
function involvedGeneratedFiles(cwd: string, failing: ScenarioResult[]): PlannedFile[] {
  const paths = new Set<string>()
  for (const scenario of failing) {
    const frame = /\(?([\w@./-]+\.(?:ts|tsx|mts|cts|js|mjs|cjs)):\d+:\d+\)?$/.exec(scenario.topStackFrame ?? '')
    if (frame) paths.add(frame[1])
    const definition = /^(.+):\d+$/.exec(scenario.failingStep?.definition ?? '')
    if (definition) paths.add(definition[1])
  }
  return [...paths]
    .filter((relative) => !relative.startsWith('/') && !relative.split('/').includes('..') && !relative.includes('node_modules'))
    .sort()
    .flatMap((relative) => {
      const file = path.join(cwd, relative)
      if (!fs.existsSync(file)) return []
      const read = readProvenance(fs.readFileSync(file, 'utf8'))
      return read.provenance && !read.editedByHand ? [{ path: relative, content: read.body }] : []
    })
}

/**
 * The scenarios a round works on: those not passing, or, when the suite could not run at all
 * (support code that does not load), every scenario.
 */
export function targetScenarios(features: ParsedFeature[], scenarios: ScenarioResult[]): ScenarioResult[] {
  const failing = scenarios.filter((scenario) => scenario.status !== 'passed')
  if (failing.length > 0) return failing
  return features.flatMap((feature) =>
    feature.pickles.map((pickle) => ({
      name: pickle.name,
      uri: pickle.uri,
      line: pickle.location?.line ?? 0,
      status: 'unknown' as const,
      undefinedSteps: []
    }))
  )
}

/** Selects what the model needs to see: relevant scenarios and signatures, not whole files. */
export function collectPromptContext(input: ContextInput): PromptContext {
  const withheldFile = input.withheldFile ?? (() => false)
  const withheldScenario = input.withheldScenario ?? (() => false)
  const failing = targetScenarios(input.features, input.scenarios).filter((scenario) => !withheldScenario(scenario))
  const undefinedSteps = [...new Set(failing.flatMap((scenario) => scenario.undefinedSteps))].sort()
  const failingSteps = failing.flatMap((scenario) => (scenario.failingStep ? [scenario.failingStep.text] : []))
  const stepTexts = [...undefinedSteps, ...failingSteps]
  const involved = involvedGeneratedFiles(input.cwd, failing).filter(
    (file) => !input.writtenFiles.some((written) => written.path === file.path)
  )
  const withheldDefinitions = input.withheldDefinitions ?? []
  const skeletons = (input.skeletons ?? []).filter((skeleton) => !withheldFile(skeleton.path))
  const unfilled = (file: PlannedFile) => skeletons.some((skeleton) => skeleton.path === file.path && skeleton.content === file.content)
  const shownWhole = [...input.writtenFiles, ...involved]
    .filter((file) => !withheldFile(file.path) && !unfilled(file))
    .map((file) => ({
      ...file,
      content: withoutStepDefinitions(
        file.content,
        new Set(withheldDefinitions.filter((definition) => definition.uri === file.path).map((definition) => definition.pattern))
      )
    }))
  const written = new Set(shownWhole.map((file) => file.path))
  return {
    featureExcerpts: selectFeatureExcerpts(input.features, failing),
    stepDefinitions: selectStepDefinitions(
      input.cwd,
      input.stepDefinitions.filter(
        (definition) => !written.has(definition.uri) && !withheldFile(definition.uri) && !withheldDefinitions.includes(definition)
      ),
      stepTexts
    ),
    stepDefinitionsTotal: input.stepDefinitions.filter((definition) => !withheldFile(definition.uri)).length,
    world: findWorld(input.cwd, withheldFile),
    exportedSignatures: collectSignatures(
      input.cwd,
      new Set([...written, ...skeletons.map((skeleton) => skeleton.path)]),
      stepTexts,
      withheldFile
    ),
    writtenFiles: shownWhole,
    skeletons: skeletons.map(({ path, content }) => ({ path, content })),
    conventions: describeConventions(input.cwd, input.supportGlobs),
    allowedRoots: input.allowedRoots,
    undefinedSteps
  }
}
