import { redact, redactWords } from '../../redaction'
import { sha256 } from '../../workspace'
import type { PlannedFile } from '../../workspace'
import type { FeatureExcerpt } from './context'

/** What the model is told, already selected from the project (see context.ts). */
export interface PromptContext {
  /** Scenarios to make pass, as excerpts of their feature files. */
  featureExcerpts: FeatureExcerpt[]
  /** One line per step definition: its source line and location. */
  stepDefinitions: string[]
  stepDefinitionsTotal: number
  world?: string
  exportedSignatures: { path: string; signatures: string[] }[]
  /** Files written earlier in this run, and generated files the failures run through, as they are now: the model rewrites them whole. */
  writtenFiles: PlannedFile[]
  /** Class skeletons to fill: a story's class, its methods typed and named for the step definitions that call them. */
  skeletons?: PromptSkeleton[]
  conventions: string[]
  allowedRoots: string[]
  /** Undefined step texts, failing step texts. */
  undefinedSteps: string[]
}

/** A story's class skeleton as the prompt shows it: the module the offline pass wrote, its bodies left to the model. */
export interface PromptSkeleton {
  path: string
  content: string
}

export interface Prompt {
  messages: { role: 'system' | 'user'; content: string }[]
  /** sha256 of the messages: what a provenance header and the ledger name. */
  sha256: string
  characters: number
  /** characters / 4: a rough token count, good enough for budgets. */
  estimatedTokens: number
  sections: { name: string; characters: number }[]
  /** What of the project the prompt holds, for the ledger: paths, and hashes and sizes of the text included (never the text). */
  included: PromptInclusions
}

export interface PromptInclusions {
  scenarios: { path: string; line: number; sha256: string; bytes: number }[]
  files: { path: string; part: 'whole' | 'signatures' | 'step definitions' | 'world' | 'skeleton'; sha256: string; bytes: number }[]
}

/** Section budgets, in characters; the whole prompt stays well under 8,000 tokens. */
export const SECTION_LIMITS = {
  features: 8000,
  skeletons: 4000,
  stepDefinitions: 3500,
  world: 1500,
  signatures: 3500,
  writtenFiles: 10000,
  feedback: 5000
}

const SYSTEM = [
  'You write TypeScript for a cucumber-js project so that its Gherkin scenarios pass.',
  'Write step definitions and the implementation code they call; never change the features.',
  'Each file you return is written whole (complete content, not a diff) and replaces the file at that path.',
  'Implement real behaviour, not a lookup of the examples. No network, no child processes, no process.exit.',
  'Answer with JSON: {"files": [{"path": "...", "content": "..."}], "notes": "..."}.'
].join('\n')

/** The lines that fit in `limit` characters, and how many of them did. */
function capped(lines: string[], limit: number, omitted: (count: number) => string): { text: string; kept: number } {
  const kept: string[] = []
  let size = 0
  for (const [index, line] of lines.entries()) {
    if (size + line.length + 1 > limit) return { text: [...kept, omitted(lines.length - index)].join('\n'), kept: index }
    kept.push(line)
    size += line.length + 1
  }
  return { text: kept.join('\n'), kept: lines.length }
}

const measured = (text: string) => ({ sha256: sha256(text), bytes: Buffer.byteLength(text) })

function truncate(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit)}\n… (${text.length - limit} more characters not shown)`
}

/** A section of the user message before it is written: left out when its body is blank. */
interface SectionDraft {
  name: string
  title: string
  body: string
}

const DEFAULT_WORLD = [
  "none: `this` in a step is cucumber's default World. Store state on `this` and type it",
  ' (`function (this: MyWorld, ...)`, or a World class set with setWorldConstructor in generated/support/).'
].join('')

const SKELETONS_TITLE = [
  'Class skeletons to fill in (keep every class, method and signature: the step definitions call them as they are;',
  ' write the method bodies and the fields the state needs, and return the file whole)'
].join('')

const WRITTEN_FILES_TITLE = [
  'Generated files involved: written earlier in this run or run by the failing scenarios',
  ' (current content; return a file whole to change it)'
].join('')

/** Builds the prompt from selected context and the feedback of the last round. Pure and deterministic. */
/**
 * `secrets`: values that must not leave the machine (the key, the project's secrets); well-known key shapes are removed too.
 * `withheldWords`: words no part of the prompt may mention, even inside a name (what only confidential scenarios say).
 */
export function buildPrompt(
  context: PromptContext,
  feedback: string,
  secrets: readonly string[] = [],
  withheldWords: readonly string[] = []
): Prompt {
  const project = projectSections(context)
  const drafts: SectionDraft[] = [
    { name: 'task', title: 'Task', body: taskOf(context.undefinedSteps) },
    ...project.sections,
    { name: 'conventions', title: 'Conventions', body: context.conventions.map((line) => `- ${line}`).join('\n') },
    { name: 'paths', title: 'Paths you may write', body: allowedPathsOf(context.allowedRoots) },
    { name: 'feedback', title: 'Result of the last round (fix this)', body: truncate(feedback, SECTION_LIMITS.feedback) }
  ]
  const sections = drafts
    .filter((draft) => draft.body.trim() !== '')
    .map((draft) => ({ name: draft.name, text: `## ${draft.title}\n${draft.body}` }))
  const user = redactWords(redact(sections.map((section) => section.text).join('\n\n'), secrets), withheldWords)
  return promptOf(user, sections, project.included)
}

function taskOf(undefinedSteps: string[]): string {
  return undefinedSteps.length > 0
    ? `Make these scenarios pass. Steps without a definition:\n${undefinedSteps.map((text) => `- ${text}`).join('\n')}`
    : 'Make the failing scenarios below pass.'
}

function allowedPathsOf(allowedRoots: string[]): string {
  return [
    `Only under: ${allowedRoots.map((root) => `${root}/`).join(', ')}.`,
    ' Never features/, package.json, .ci/ or anything outside the project.',
    ' A generated file that someone edited by hand is never overwritten.'
  ].join('')
}

/** The sections that show the project, each list within its budget, and what of the project they include. */
function projectSections(context: PromptContext): { sections: SectionDraft[]; included: PromptInclusions } {
  const excerpts = capped(
    context.featureExcerpts.map((excerpt) => `# ${excerpt.uri}\n${excerpt.text}`),
    SECTION_LIMITS.features,
    (count) => `# … ${count} more excerpts not shown`
  )
  const skeletons = skeletonSection(context.skeletons ?? [])
  const definitions = capped(context.stepDefinitions, SECTION_LIMITS.stepDefinitions, (count) => `… ${count} more not shown`)
  const signatures = capped(
    context.exportedSignatures.map((file) => `// ${file.path}\n${file.signatures.join('\n')}`),
    SECTION_LIMITS.signatures,
    (count) => `// … ${count} more files not shown`
  )
  const whole = capped(
    context.writtenFiles.map((file) => `// ${file.path}\n${file.content}`),
    SECTION_LIMITS.writtenFiles,
    (count) => `// … ${count} more files not shown`
  )
  const sections: SectionDraft[] = [
    { name: 'features', title: 'Scenarios (excerpts of the feature files)', body: excerpts.text },
    { name: 'skeletons', title: SKELETONS_TITLE, body: skeletons.text },
    { name: 'stepDefinitions', title: stepDefinitionsTitle(context), body: definitions.text },
    { name: 'world', title: 'World', body: truncate(context.world ?? DEFAULT_WORLD, SECTION_LIMITS.world) },
    { name: 'signatures', title: 'Exported signatures in src/ and generated/src/ (bodies not shown)', body: signatures.text },
    { name: 'writtenFiles', title: WRITTEN_FILES_TITLE, body: whole.text }
  ]
  const scenarios = context.featureExcerpts
    .slice(0, excerpts.kept)
    .flatMap((excerpt) => excerpt.scenarios.map((scenario) => ({ path: excerpt.uri, ...scenario })))
  const files = [...includedFiles(context, definitions.kept, signatures.kept, whole.kept), ...skeletons.included]
  return { sections, included: { scenarios, files } }
}

function stepDefinitionsTitle(context: PromptContext): string {
  const shown = `${context.stepDefinitions.length} most relevant of ${context.stepDefinitionsTotal}`
  return `Existing step definitions (${shown}; do not define these again)`
}

/** The messages for the model around the user message, with their hash and measures. */
function promptOf(user: string, sections: { name: string; text: string }[], included: PromptInclusions): Prompt {
  const messages: Prompt['messages'] = [
    { role: 'system', content: SYSTEM },
    { role: 'user', content: user }
  ]
  const characters = SYSTEM.length + user.length
  return {
    messages,
    sha256: sha256(JSON.stringify(messages)),
    characters,
    estimatedTokens: Math.ceil(characters / 4),
    sections: [
      { name: 'system', characters: SYSTEM.length },
      ...sections.map((section) => ({ name: section.name, characters: section.text.length }))
    ],
    included
  }
}

/** The class skeletons the model fills, whole, within their budget; and what of them the prompt includes, for the ledger. */
function skeletonSection(skeletons: PromptSkeleton[]): { text: string; included: PromptInclusions['files'] } {
  const shown = capped(
    skeletons.map((skeleton) => `// ${skeleton.path}\n${skeleton.content}`),
    SECTION_LIMITS.skeletons,
    (count) => `// … ${count} more skeletons not shown`
  )
  const included = skeletons
    .slice(0, shown.kept)
    .map((skeleton) => ({ path: skeleton.path, part: 'skeleton' as const, ...measured(skeleton.content) }))
  return { text: shown.text, included }
}

/** The project files the prompt shows part of, with the hash and size of that part. */
function includedFiles(
  context: PromptContext,
  definitionsKept: number,
  signaturesKept: number,
  wholeKept: number
): PromptInclusions['files'] {
  const files: PromptInclusions['files'] = []
  const definitionsByFile = new Map<string, string[]>()
  for (const line of context.stepDefinitions.slice(0, definitionsKept)) {
    const file = /\/\/ (.+):\d+$/.exec(line)?.[1]
    if (file !== undefined) definitionsByFile.set(file, [...(definitionsByFile.get(file) ?? []), line])
  }
  for (const [file, lines] of definitionsByFile) files.push({ path: file, part: 'step definitions', ...measured(lines.join('\n')) })
  const worldFile = context.world === undefined ? undefined : /^\/\/ (\S+)/.exec(context.world)?.[1]
  if (worldFile !== undefined) files.push({ path: worldFile, part: 'world', ...measured(context.world!) })
  for (const file of context.exportedSignatures.slice(0, signaturesKept))
    files.push({ path: file.path, part: 'signatures', ...measured(file.signatures.join('\n')) })
  for (const file of context.writtenFiles.slice(0, wholeKept)) files.push({ path: file.path, part: 'whole', ...measured(file.content) })
  return files
}
