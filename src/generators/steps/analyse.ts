import type { StepDefinitionInfo } from '../../binding'
import { formatError, SpecloopError, specloopError } from '../../errors'
import type { ParsedFeature } from '../../gherkin'
import type { Operation, OperationExample, Value, ValueType } from '../operation'
import { checkExpressions, parameterTypeRegistry } from './verify'
import { GroupParameter, groupSteps, StepGroup } from './group'
import {
  camelCase,
  capitalise,
  contentWords,
  decapitalise,
  NameRegistry,
  operationNameFromWhen,
  toIdentifier,
  withoutAlternatives,
  wordsOf
} from './naming'
import { ScenarioFlow, scenarioFlows, StepOccurrence } from './occurrences'
import { isNegated, withoutNegation } from './polarity'
import { DraftExample, newDraft, OperationDraft, ScenarioWalk, WalkContext } from './scenario-walk'
import { markSharedObjects } from './shared-object'
import { numberedGivens, OccurrenceNames } from './repeated-givens'

/** TypeScript types of World fields and operation parameters. */
export type FieldType = ValueType | 'string[][]' | 'Record<string, string>[]'

/** A field of the generated World: an input a Given step stores, or an outcome a When step stores. */
export interface WorldField {
  name: string
  type: FieldType
  role: 'input' | 'outcome'
}

/** What a group's data table or doc string becomes. */
export interface GroupArgument {
  kind: 'dataTable' | 'docString'
  /** Data tables whose first row is a header are read with hashes(), others with raw(). */
  type: FieldType
  mediaType?: string
  field?: WorldField
}

/** A step definition to write. */
export interface PlannedStep {
  group: StepGroup
  /** For Given: the field each parameter is stored in; for Then: the field each is compared with. */
  fields: WorldField[]
  /**
   * A Given a scenario of an example table gives more than once: the fields of each use, in the
   * order the scenario gives them (the first use's are `fields`).
   */
  occurrenceFields?: WorldField[][]
  argument?: GroupArgument
  /** Then steps without values assert a yes/no outcome ("Then the withdrawal is refused"). */
  flagField?: WorldField
  /** A Then whose text denies what it names ("the lock is not blocked"): it checks the opposite. */
  negated?: boolean
  /** When steps call this operation. */
  operation?: PlannedOperation
  /** generated/steps/<file>, from the feature it is used in, or common.steps.ts. */
  file: string
  /**
   * A body written by another generator (a stateful feature's steps call its domain class),
   * with what it imports from generated modules.
   */
  custom?: {
    body: string[]
    imports: Array<{ name: string; from: string }>
    /** Each feature's own body, where stories of several features share the step: the body picks the scenario's. */
    byFeature?: Array<{ feature: string; body: string[]; holder: string }>
  }
}

export interface OperationParameter {
  name: string
  type: FieldType
  /** Given fields are read from the World; the When step's own values are passed as they are. */
  from: { field: WorldField } | { parameter: number } | { argument: true }
}

/** An operation in the contract's shape, with what the generator needs to call it and explain it. */
export interface PlannedOperation extends Operation {
  /** Not Specification by Example (several actions on one object, or data tables): needs a model provider. */
  stateful: boolean
  reason?: string
  /** A stateful operation of a story no state model reproduced in the search's time: a wider round may find one. */
  unmodelled?: boolean
  parameters: OperationParameter[]
  outcomes: { name: string; type: FieldType; field: WorldField }[]
  /** generated/src/<name>.ts */
  modulePath: string
  /** "name (features/a.feature:12)" of the scenarios that need it. */
  neededBy: string[]
  sourceFeatures: string[]
  /**
   * The Examples table the first example comes from: its header, the column of each input, and
   * how a column of yes/no values spells them, so a question row is written as the table is.
   */
  examplesColumns?: {
    header: string[]
    inputs: Record<string, string>
    booleanWords?: Record<string, BooleanWords>
    /** Columns whose every number is written with the same decimals ("37.50"): a number asked for is written so too. */
    decimals?: Record<string, number>
  }
}

export interface StepAnalysis {
  steps: PlannedStep[]
  operations: PlannedOperation[]
  fields: WorldField[]
  /** Distinct step texts the generated definitions are for (none but generated ones match them). */
  texts: number
  /** Of those, the texts no definition at all matches now (not even one generated before): truly undefined. */
  undefinedTexts: number
  problems: string[]
  /** Located, for the user: generated steps that cannot work as planned (a Then after a hand-written When). */
  warnings: SpecloopError[]
  usesBoolean: boolean
}

export interface AnalysisOptions {
  /** URIs of support files specloop generated and may rewrite: their definitions are not respected. */
  ownedFiles?: Set<string>
  /** Regexps of a {boolean} parameter type the project defines itself. */
  booleanRegexps?: string[]
  /** Fields of the World as generated before, kept so hand-edited step files still compile. */
  previousFields?: WorldField[]
  /**
   * Fields of the World as generated before that files specloop may not rewrite use (a step file
   * edited by hand): they keep their name and type, so those files still compile.
   */
  keptFields?: WorldField[]
}

const WORLD_MEMBERS = [
  'attach',
  'log',
  'link',
  'parameters',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__proto__'
]
/** Names the step files import: an operation may not take one of them. */
const IMPORTED_NAMES = [
  'Given',
  'When',
  'Then',
  'DataTable',
  'expect',
  'GeneratedWorld',
  'requireInput',
  'DECIMAL_TOLERANCE',
  'then',
  'default'
]

/** Definitions that count: everything except step definitions in files specloop owns. */
function respectedDefinitions(definitions: StepDefinitionInfo[], ownedFiles: Set<string>): StepDefinitionInfo[] {
  return definitions.filter((definition) => !ownedFiles.has(definition.uri))
}

/** By default every file under generated/ is specloop's (pure; the API refines it from the files' headers). */
function generatedFilesOf(definitions: StepDefinitionInfo[]): Set<string> {
  return new Set(definitions.map((definition) => definition.uri).filter((uri) => uri.startsWith('generated/')))
}

/**
 * Decides every step definition, World field and operation for the steps of `features` that
 * no respected definition matches. Pure: parsed features and definitions in, a plan out.
 */
export function analyseSteps(features: ParsedFeature[], definitions: StepDefinitionInfo[], options: AnalysisOptions = {}): StepAnalysis {
  const respected = respectedDefinitions(definitions, options.ownedFiles ?? generatedFilesOf(definitions))
  const { needsDefinition, matchCache } = definitionNeeds(respected)
  const flows = scenarioFlows(features, needsDefinition)
  const undefinedOccurrences = flows.flatMap((flow) => flow.steps.filter((step) => step.needsDefinition).map((step) => step.occurrence))
  const definedTexts = [...matchCache].filter(([, needs]) => !needs).map(([text]) => text)
  const checked = checkExpressions(groupSteps(undefinedOccurrences), definedTexts, parameterTypeRegistry(options.booleanRegexps))
  const groupTexts = checked.groups.flatMap((group) => group.texts.map(({ text }) => text))
  const warnings: SpecloopError[] = []
  const definitionOf = (text: string) => respected.find((definition) => definition.matches(text))
  const givenReported = new Set<string>()
  const report: WalkReports = {
    onThenAfterHandWrittenWhen: (then, thenOccurrence, when) => {
      const warning = thenAfterHandWrittenWhen(then, thenOccurrence, when, definitionOf(when.text))
      if (warning) warnings.push(warning)
    },
    onHandWrittenGivenBeforeWhen: (given, when) => {
      const key = `${given.templateText}\n${when.templateText}`
      if (givenReported.has(key)) return
      givenReported.add(key)
      warnings.push(handWrittenGivenBeforeWhen(given, when, definitionOf(given.text)))
    },
    restart: () => {
      warnings.length = 0
      givenReported.clear()
    }
  }
  const { steps, world, drafts } = planAndWalk(checked.groups, flows, options, report)
  const operations = planOperations(features, drafts)
  return {
    steps,
    operations,
    fields: world.all(),
    texts: groupTexts.length,
    undefinedTexts: groupTexts.filter((text) => !definitions.some((definition) => definition.matches(text))).length,
    problems: checked.problems,
    // One warning per place and text: the same pair of steps in several scenarios is told once.
    warnings: [...new Map(warnings.map((warning) => [formatError(warning), warning])).values()],
    usesBoolean: steps.some((step) => step.group.parameters.some((parameter) => parameter.kind === 'boolean'))
  }
}

/** Whether a step text needs a definition (no respected one matches it), each text asked once. */
function definitionNeeds(respected: StepDefinitionInfo[]): {
  needsDefinition: (text: string) => boolean
  matchCache: Map<string, boolean>
} {
  const matchCache = new Map<string, boolean>()
  const needsDefinition = (text: string) => {
    let needs = matchCache.get(text)
    if (needs === undefined) {
      needs = !respected.some((definition) => definition.matches(text))
      matchCache.set(text, needs)
    }
    return needs
  }
  return { needsDefinition, matchCache }
}

/** A generated Then after a hand-written When checks fields nothing generated sets (none when it checks no field). */
function thenAfterHandWrittenWhen(
  then: PlannedStep,
  thenOccurrence: StepOccurrence,
  when: StepOccurrence,
  definition: StepDefinitionInfo | undefined
): SpecloopError | undefined {
  const fields = [...then.fields, ...(then.argument?.field ? [then.argument.field] : []), ...(then.flagField ? [then.flagField] : [])].map(
    (field) => `this.${field.name}`
  )
  if (fields.length === 0) return undefined
  return specloopError(
    'GENERATE_HAND_WRITTEN_STEP',
    `the generated Then "${then.group.expression}" checks ${fields.join(', ')}, but the When step before it ("${when.text}") is written by hand` +
      `${definition ? ` (${definition.uri}:${definition.line})` : ''}: set ${fields.join(', ')} there, or write this Then step by hand`,
    { file: thenOccurrence.uri, line: thenOccurrence.line, column: thenOccurrence.column }
  )
}

/** A hand-written Given's value cannot reach the generated When after it. */
function handWrittenGivenBeforeWhen(
  given: StepOccurrence,
  when: StepOccurrence,
  definition: StepDefinitionInfo | undefined
): SpecloopError {
  return specloopError(
    'GENERATE_HAND_WRITTEN_STEP',
    `the Given "${given.templateText}" is written by hand${definition ? ` (${definition.uri}:${definition.line})` : ''}, ` +
      `so the generated When "${when.templateText}" cannot pass its value on: ` +
      'the operation is synthesised without it (generate the Given instead, or write the When by hand)',
    { file: given.uri, line: given.line, column: given.column }
  )
}

/**
 * One namespace of World fields; an input and an outcome of the same name and type are shared by
 * the steps that use them — unless two different steps set it in one scenario from different
 * sources ("a drive of <km> km" and "uses 15 kWh per 100 km"): one would overwrite the other.
 */
class WorldFields {
  private readonly names = new NameRegistry(false, WORLD_MEMBERS)
  private readonly byKey = new Map<string, { field: WorldField; users: { group: StepGroup; placeholder?: string }[] }[]>()
  private readonly ordered: WorldField[] = []
  private readonly previous: WorldField[]
  /** Fields a kept file uses, by name: their names are taken before any new field is named. */
  private readonly kept = new Map<string, WorldField>()
  constructor(previous: WorldField[], kept: WorldField[]) {
    this.previous = previous
    for (const field of kept) this.kept.set(this.names.claim(field.name), field)
  }
  field(role: WorldField['role'], base: string, type: FieldType, user?: { group: StepGroup; placeholder?: string }): WorldField {
    const key = `${role}\u0000${base}\u0000${type}`
    // A kept file's field of this name and type is the one to share; of another type, the new field gets another name.
    const kept = this.kept.get(base)
    if (kept && kept.type === type && !this.byKey.has(key)) this.byKey.set(key, [{ field: kept, users: [] }])
    const shared = this.byKey.get(key) ?? []
    const compatible = shared.find((entry) => user === undefined || entry.users.every((other) => !overwrites(other, user)))
    if (compatible) {
      if (user) compatible.users.push(user)
      return compatible.field
    }
    const field: WorldField = { name: this.names.claim(base), type, role }
    shared.push({ field, users: user ? [user] : [] })
    this.byKey.set(key, shared)
    this.ordered.push(field)
    return field
  }
  /** A field of its own: no other step shares it (a repeated Given's use, told apart by which fields are set). */
  own(role: WorldField['role'], base: string, type: FieldType): WorldField {
    const field: WorldField = { name: this.names.claim(base), type, role }
    this.ordered.push(field)
    return field
  }
  all(): WorldField[] {
    const fields = [...this.ordered]
    // Then the previous World's fields no new field took the name of, the kept ones among them.
    for (const old of this.previous) {
      const kept = this.kept.get(old.name)
      if (kept) fields.push(kept)
      else if (!this.names.has(old.name)) fields.push({ ...old, name: this.names.claim(old.name) })
    }
    for (const field of this.kept.values()) if (!fields.includes(field)) fields.push(field)
    return fields
  }
}

/** Two different steps that fill one field in the same scenario, from different placeholders or none. */
function overwrites(a: { group: StepGroup; placeholder?: string }, b: { group: StepGroup; placeholder?: string }): boolean {
  if (a.group === b.group) return false
  if (a.placeholder !== undefined && a.placeholder === b.placeholder) return false
  const scenarios = new Set(a.group.occurrences.map((occurrence) => occurrence.pickleId))
  return b.group.occurrences.some((occurrence) => scenarios.has(occurrence.pickleId))
}

const outcomeName = (name: string) => `actual${capitalise(name)}`

function tableType(group: StepGroup): FieldType {
  const tables = group.occurrences.map((occurrence) => occurrence.dataTable).filter((table): table is string[][] => table !== undefined)
  const hasHeader =
    tables.length > 0 &&
    tables.every(
      (table) =>
        table.length >= 2 &&
        table[0].every((cell) => cell.trim() !== '' && !/^-?\d/.test(cell.trim())) &&
        new Set(table[0]).size === table[0].length
    )
  return hasHeader ? 'Record<string, string>[]' : 'string[][]'
}

/** The thing a table or doc string describes: the last content word of the text ("the following users:" → users). */
function argumentName(group: StepGroup, fallback: string): string {
  const words = contentWords(group.fixed.join(' ')).filter((word) => !/(ing|ed)$/i.test(word))
  return toIdentifier(camelCase(words.slice(-1)), fallback, 32)
}

function planStep(group: StepGroup, world: WorldFields, uses?: string[][]): PlannedStep {
  const step: PlannedStep = { group, fields: [], file: stepFileOf(group) }
  if (group.argument !== 'none') {
    const type: FieldType = group.argument === 'dataTable' ? tableType(group) : 'string'
    step.argument = { kind: group.argument, type }
    const mediaType = group.occurrences.find((occurrence) => occurrence.docStringMediaType)?.docStringMediaType
    if (mediaType) step.argument.mediaType = mediaType
  }
  const argumentBase = () => argumentName(group, group.argument === 'dataTable' ? 'table' : 'text')
  // An exact-text step cut from a parameterised family keeps the family's values as constants.
  const valued = group.parameters.length > 0 ? group.parameters : (group.constants ?? [])
  if (group.role === 'given' && uses) {
    step.occurrenceFields = uses.map((names) => names.map((name, index) => world.own('input', name, valued[index]!.type)))
    step.fields = step.occurrenceFields[0]!
  } else if (group.role === 'given') {
    step.fields = valued.map((parameter) =>
      world.field('input', parameter.name, parameter.type, {
        group,
        ...(parameter.placeholder !== undefined ? { placeholder: parameter.placeholder } : {})
      })
    )
    if (step.argument) step.argument.field = world.field('input', argumentBase(), step.argument.type)
  } else if (group.role === 'then') {
    step.fields = valued.map((parameter) => world.field('outcome', outcomeName(parameter.name), parameter.type))
    if (step.argument) step.argument.field = world.field('outcome', outcomeName(argumentBase()), step.argument.type)
    // "the lock is not blocked" checks the field "the lock is blocked" sets, for the opposite value.
    if (valued.length === 0 && !step.argument) {
      step.flagField = world.field('outcome', toIdentifier(camelCase(contentWords(withoutNegation(group.fixed[0]))), 'outcome'), 'boolean')
    }
    if (isNegated(fixedTextOf(group))) step.negated = true
  }
  return step
}

/** The text around a group's values as written: an exact-text group's own text holds its values, which deny nothing. */
function fixedTextOf(group: StepGroup): string[] {
  const pieces = group.occurrences[0]?.pieces
  return pieces ? pieces.filter((piece): piece is string => typeof piece === 'string') : group.fixed
}

/** features/billing/tax.feature → billing/tax.steps.ts; steps used by several features → common.steps.ts. */
function stepFileOf(group: StepGroup): string {
  const uris = [...new Set(group.occurrences.map((occurrence) => occurrence.uri))]
  if (uris.length !== 1) return 'common.steps.ts'
  const relative = uris[0]
    .replace(/^features\//, '')
    .split('/')
    .map((segment) => (segment === '..' ? 'parent' : segment === '.' ? 'here' : segment))
    .join('/')
  const file = relative.replace(/\.feature(\.md)?$/, '') + '.steps.ts'
  return file === 'common.steps.ts' ? 'common-feature.steps.ts' : file
}

/** Where a walk tells of steps that cannot work as planned; `restart` forgets what a walk told before. */
type WalkReports = Pick<WalkContext, 'onThenAfterHandWrittenWhen' | 'onHandWrittenGivenBeforeWhen'> & { restart: () => void }

/** The step definitions and World fields for the groups; a Given with `uses` gets fields for each use. */
function planAll(groups: StepGroup[], options: AnalysisOptions, uses: OccurrenceNames) {
  const world = new WorldFields(options.previousFields ?? [], options.keptFields ?? [])
  const groupOfText = new Map<string, PlannedStep>()
  const steps = groups.map((group) => {
    const step = planStep(group, world, uses.get(group))
    for (const { text } of group.texts) groupOfText.set(text, step)
    return step
  })
  return { world, steps, groupOfText }
}

/**
 * Plans the steps and walks the scenarios; when a scenario of an example table gives one Given
 * step more than once, plans again with fields for each use, and walks again.
 */
function planAndWalk(groups: StepGroup[], flows: ScenarioFlow[], options: AnalysisOptions, report: WalkReports) {
  const first = planAll(groups, options, new Map())
  const drafts = walkScenarios(first.steps, flows, first.groupOfText, report)
  const uses = numberedGivens([...drafts.values()])
  if (uses.size === 0) return { ...first, drafts }
  report.restart()
  const again = planAll(groups, options, uses)
  return { ...again, drafts: walkScenarios(again.steps, flows, again.groupOfText, report) }
}

/**
 * Walks every scenario: Given steps set inputs, a When step starts an example of its
 * operation with the inputs set so far, Then steps after it add expected outcomes. Scenarios
 * that share a When step pool their examples into one operation.
 */
function walkScenarios(
  steps: PlannedStep[],
  flows: ScenarioFlow[],
  groupOfText: Map<string, PlannedStep>,
  report: WalkReports
): Map<PlannedStep, OperationDraft> {
  const drafts = new Map(steps.filter((step) => step.group.role === 'when').map((step) => [step, newDraft(step)]))
  const context: WalkContext = { drafts, groupOfText, reported: new Set(), ...report }
  for (const flow of flows) new ScenarioWalk(flow, context).walk()
  markSharedObjects([...drafts.values()])
  spreadStatefulness([...drafts.values()])
  return drafts
}

/** Each draft's operation: named, with its parameters, outcomes and examples. */
function planOperations(features: ParsedFeature[], drafts: Map<PlannedStep, OperationDraft>): PlannedOperation[] {
  const names = new NameRegistry(true, IMPORTED_NAMES)
  const descriptions = new Map(features.map((feature) => [feature.uri, descriptionsOf(feature)]))
  const headers = new Map(features.map((feature) => [feature.uri, examplesHeaders(feature)]))
  return [...drafts.values()].map((draft) => finishOperation(draft, names, descriptions, headers))
}

/** The feature's, its rules' and its scenarios' descriptions and names: what people write about the rule. */
function descriptionsOf(feature: ParsedFeature): string {
  const document = feature.gherkinDocument?.feature
  if (!document) return ''
  const texts = [document.name, document.description]
  for (const child of document.children) {
    const block = child.rule ?? child.scenario ?? child.background
    if (block) texts.push(block.name, block.description)
    for (const inner of child.rule?.children ?? []) {
      const nested = inner.scenario ?? inner.background
      if (nested) texts.push(nested.name, nested.description)
    }
  }
  return texts.filter((text) => text && text.trim() !== '').join('\n')
}

/** Each Examples table's header, by the lines of its rows. */
/** An Examples table: its header and its rows' cells. */
interface ExamplesTable {
  header: string[]
  rows: string[][]
}

/** How a column writes true and false. */
export interface BooleanWords {
  true: string
  false: string
}

const BOOLEAN_SPELLINGS: BooleanWords[] = [
  { true: 'true', false: 'false' },
  { true: 'yes', false: 'no' }
]

/** How a column spells its booleans, when every cell is one spelling's true or false. */
function booleanWordsOf(cells: string[]): BooleanWords | undefined {
  return BOOLEAN_SPELLINGS.find((words) => cells.length > 0 && cells.every((cell) => cell === words.true || cell === words.false))
}

function examplesHeaders(feature: ParsedFeature): Map<number, ExamplesTable> {
  const byLine = new Map<number, ExamplesTable>()
  const scenarios = (feature.gherkinDocument?.feature?.children ?? []).flatMap((child) => [
    child.scenario,
    ...(child.rule?.children ?? []).map((inner) => inner.scenario)
  ])
  for (const scenario of scenarios) {
    for (const examples of scenario?.examples ?? []) {
      const header = examples.tableHeader?.cells.map((cell) => cell.value)
      if (!header) continue
      const table = { header, rows: examples.tableBody.map((row) => row.cells.map((cell) => cell.value)) }
      for (const row of examples.tableBody) byLine.set(row.location.line, table)
    }
  }
  return byLine
}

function finishOperation(
  draft: OperationDraft,
  names: NameRegistry,
  descriptions: Map<string, string>,
  headers: Map<string, Map<number, ExamplesTable>>
): PlannedOperation {
  const group = draft.step.group
  const name = names.claim(toIdentifier(operationNameFromWhen(wordsOf(withoutAlternatives(group.fixed.join(' ')))), 'operation', 48))
  renameVerbParameters(group, name)
  const parameters = operationParameters(draft, name)
  const outcomeNames = new NameRegistry(false)
  const outcomes = draft.outcomeOrder.map((field) => ({ name: outcomeNames.claim(plainOutcomeName(field.name)), type: field.type, field }))
  const structured = draft.structured || [...parameters, ...outcomes].some((entry) => !isValueType(entry.type))
  const examples = draft.examples.map((example) => operationExample(example, parameters, outcomes, group.parameters.length))
  const sources = [...draft.sources].sort()
  const operation: PlannedOperation = {
    name,
    whenText: group.occurrences[0]?.templateText ?? group.fixed.join(''),
    inputs: parameters
      .filter((parameter) => isValueType(parameter.type))
      .map((parameter) => ({ name: parameter.name, type: parameter.type as ValueType })),
    outputs: outcomes
      .filter((outcome) => isValueType(outcome.type))
      .map((outcome) => ({ name: outcome.name, type: outcome.type as ValueType })),
    examples,
    scenarios: [...new Set(draft.examples.map((example) => example.scenario))],
    stateful: draft.stateful || structured,
    parameters,
    outcomes,
    modulePath: `generated/src/${name}.ts`,
    neededBy: neededByOf(draft),
    sourceFeatures: sources
  }
  operation.context = [...sources.map((uri) => descriptions.get(uri) ?? ''), ...draft.words].join('\n')
  const columns = examplesColumns(draft, parameters, examples, headers)
  if (columns) {
    operation.examplesColumns = columns
    for (const input of operation.inputs) {
      const column = columns.inputs[input.name]
      if (column === undefined) input.written = true
      else if (input.type === 'number' && columns.decimals?.[column] !== undefined) input.decimals = columns.decimals[column]
    }
  }
  draft.step.operation = operation
  if (draft.stateful)
    operation.reason =
      'its When steps act on one object (several in a scenario, or one state checked after each): the examples alone do not define it'
  else if (structured) operation.reason = 'it takes or gives a data table'
  markCategoricalInputs(operation.inputs, examples)
  return operation
}

const isValueType = (type: FieldType): type is ValueType => type === 'number' || type === 'string' || type === 'boolean'

/** The Given fields every use sets, then the When step's own values, then its data table or doc string. */
function operationParameters(draft: OperationDraft, operationName: string): OperationParameter[] {
  const group = draft.step.group
  const parameterNames = new NameRegistry(false, ['result', operationName])
  // A value some scenarios never give cannot be what the operation depends on: it takes only what every use gives.
  const given = draft.inputOrder.filter((field) => draft.examples.every((example) => example.inputs.has(field)))
  const parameters: OperationParameter[] = given.map((field) => ({
    name: parameterNames.claim(field.name),
    type: field.type,
    from: { field }
  }))
  group.parameters.forEach((parameter: GroupParameter, index) =>
    parameters.push({ name: parameterNames.claim(parameter.name), type: parameter.type, from: { parameter: index } })
  )
  if (draft.step.argument)
    parameters.push({
      name: parameterNames.claim(group.argument === 'dataTable' ? 'table' : 'docString'),
      type: draft.step.argument.type,
      from: { argument: true }
    })
  return parameters
}

/** One example in the contract's shape: the values by parameter and outcome name (the argument follows the When's own values). */
function operationExample(
  example: DraftExample,
  parameters: OperationParameter[],
  outcomes: PlannedOperation['outcomes'],
  ownValues: number
): OperationExample {
  const inputs: Record<string, Value> = {}
  parameters.forEach((parameter) => {
    const value =
      'field' in parameter.from
        ? example.inputs.get(parameter.from.field)
        : 'parameter' in parameter.from
          ? example.own[parameter.from.parameter]
          : example.own[ownValues]
    if (value !== undefined) inputs[parameter.name] = value
  })
  const outputs: Record<string, Value> = {}
  outcomes.forEach((outcome) => {
    const value = example.outcomes.get(outcome.field)
    if (value !== undefined) outputs[outcome.name] = value
  })
  return { inputs, outputs, source: example.source }
}

/** One entry per scenario (an outline's rows are one scenario), at the scenario's own line. */
function neededByOf(draft: OperationDraft): string[] {
  const firstExampleOfScenario = new Map<string, string>()
  for (const example of draft.examples) {
    if (!firstExampleOfScenario.has(example.scenarioSource))
      firstExampleOfScenario.set(example.scenarioSource, `${JSON.stringify(example.scenario)} (${example.scenarioSource})`)
  }
  return [...firstExampleOfScenario.values()]
}

/** The Examples table the first example comes from, and the column each parameter's placeholder names. */
function examplesColumns(
  draft: OperationDraft,
  parameters: OperationParameter[],
  examples: OperationExample[],
  headers: Map<string, Map<number, ExamplesTable>>
): PlannedOperation['examplesColumns'] {
  const firstSource = /^(.*):(\d+)$/.exec(examples[0]?.source ?? '')
  const table = firstSource ? headers.get(firstSource[1]!)?.get(Number(firstSource[2])) : undefined
  if (!table) return undefined
  const { header } = table
  const columns: Record<string, string> = {}
  for (const parameter of parameters) {
    const key = 'field' in parameter.from ? parameter.from.field : 'parameter' in parameter.from ? parameter.from.parameter : undefined
    const placeholder = key === undefined ? undefined : draft.placeholders.get(key)
    if (placeholder !== undefined && header.includes(placeholder)) columns[parameter.name] = placeholder
  }
  const booleanWords: Record<string, BooleanWords> = {}
  header.forEach((name, index) => {
    const words = booleanWordsOf(table.rows.map((row) => row[index] ?? ''))
    if (words !== undefined) booleanWords[name] = words
  })
  const decimals: Record<string, number> = {}
  header.forEach((name, index) => {
    const places = writtenDecimals(table.rows.map((row) => row[index] ?? ''))
    if (places !== undefined) decimals[name] = places
  })
  return {
    header,
    inputs: columns,
    ...(Object.keys(booleanWords).length > 0 ? { booleanWords } : {}),
    ...(Object.keys(decimals).length > 0 ? { decimals } : {})
  }
}

/** The decimals every cell of a column of numbers is written with ("10.00", "37.50": 2), or undefined. */
function writtenDecimals(cells: readonly string[]): number | undefined {
  const places = new Set(
    cells.map((cell) => /^-?\d+(?:\.(\d+))?$/u.exec(cell.trim())?.[1]?.length ?? (/^-?\d+$/u.test(cell.trim()) ? 0 : -1))
  )
  const [only] = places
  return places.size === 1 && only !== undefined && only > 0 ? only : undefined
}

/** A few values each seen several times (a tier, a zone): a rule per value, not memorisation. */
function markCategoricalInputs(inputs: PlannedOperation['inputs'], examples: OperationExample[]): void {
  for (const input of inputs) {
    if (input.type !== 'string') continue
    const distinct = new Set(examples.map((example) => example.inputs[input.name]).filter((value) => value !== undefined))
    if (distinct.size <= 8 && distinct.size * 2 <= examples.length) input.categorical = true
  }
}

const FALLBACK_BY_TYPE: Record<ValueType, string> = { number: 'amount', string: 'text', boolean: 'flag' }

/** Units of time, length, weight, volume and temperature: a value named by one is that many of it. */
const UNITS = new Set(
  'seconds minutes hours days weeks months years grams kilograms kilos metres meters kilometres kilometers miles litres liters millilitres degrees'.split(
    ' '
  )
)

/** Whether the text after a value starts with the unit the value is named after: " minutes". */
const unitAfterValue = (after: string, name: string): boolean => {
  const unit =
    after
      .trimStart()
      .toLowerCase()
      .split(/[^\p{L}]+/u)[0] ?? ''
  return unit === name.toLowerCase() && UNITS.has(unit)
}

/**
 * "I deposit 100" names its value after the word before it, the verb: the operation's own
 * name. A value named after the operation's verb is called "amount" (or "text", "flag"); one
 * named after a noun the article before it marks keeps its name ("the book {string} is renamed":
 * `renameBook(book, title)`), as does one an outline's placeholder names.
 */
function renameVerbParameters(group: StepGroup, operationName: string): void {
  const operationWords = new Set(wordsOf(operationName.replace(/(\p{Lu})/gu, ' $1')).map((word) => word.toLowerCase()))
  const taken = new Set(group.parameters.map((parameter) => parameter.name))
  group.parameters.forEach((parameter, index) => {
    if (parameter.name !== operationName && !operationWords.has(parameter.name.toLowerCase())) return
    // An outline's placeholder is the writer's own name for the value ("<pupils> pupils from <classes> classes").
    if (parameter.name !== operationName && parameter.placeholder !== undefined) return
    if (parameter.name !== operationName && namesTheThing(group.fixed[index] ?? '', parameter.name)) return
    // A value named by the unit the text gives right after it ("pays for {int} minutes") is that many minutes.
    if (parameter.name !== operationName && unitAfterValue(group.fixed[index + 1] ?? '', parameter.name)) return
    taken.delete(parameter.name)
    const base = FALLBACK_BY_TYPE[parameter.type]
    let name = base
    for (let suffix = 2; taken.has(name) || name === operationName; suffix++) name = `${base}${suffix}`
    parameter.name = name
    taken.add(name)
  })
  numberInOrder(group.parameters, operationName)
}

/** Values named by their type alone are numbered in the order the step gives them: `addAs(text, text2)`. */
function numberInOrder(parameters: Array<{ name: string; type: ValueType }>, operationName: string): void {
  for (const base of Object.values(FALLBACK_BY_TYPE)) {
    const numbered = parameters.filter((parameter) => new RegExp(`^${base}\\d*$`).test(parameter.name))
    const others = new Set(parameters.filter((parameter) => !numbered.includes(parameter)).map((parameter) => parameter.name))
    let suffix = 1
    for (const parameter of numbered) {
      let name = suffix === 1 ? base : `${base}${suffix}`
      while (others.has(name) || name === operationName) name = `${base}${++suffix}`
      parameter.name = name
      suffix++
    }
  }
}

/** Whether the text before a value ends with an article and the value's name: "the book ", a noun. */
function namesTheThing(before: string, name: string): boolean {
  const words = wordsOf(before).map((word) => word.toLowerCase())
  return words.at(-1) === name.toLowerCase() && ARTICLES_BEFORE_NOUN.has(words.at(-2) ?? '')
}

const ARTICLES_BEFORE_NOUN = new Set(['the', 'a', 'an', 'this', 'that', 'each', 'every'])

/**
 * Operations that change the state stateful ones change (the same outcome field, such as the
 * balance of an account) act on the same object: they are stateful too. Within one feature:
 * "the total" of a till and "the cart total" of another feature share a name, not an object.
 */
function spreadStatefulness(drafts: OperationDraft[]): void {
  const fieldsOf = (draft: OperationDraft) => [...draft.sources].flatMap((uri) => draft.outcomeOrder.map((field) => `${uri}\n${field}`))
  let changed = true
  while (changed) {
    changed = false
    const statefulFields = new Set(drafts.filter((draft) => draft.stateful).flatMap(fieldsOf))
    for (const draft of drafts) {
      if (!draft.stateful && fieldsOf(draft).some((field) => statefulFields.has(field))) {
        draft.stateful = true
        changed = true
      }
    }
  }
}

/** actualCost → cost; flags keep their name. */
function plainOutcomeName(fieldName: string): string {
  const match = /^actual(\p{Lu}.*)$/u.exec(fieldName)
  return match ? decapitalise(match[1]) : fieldName
}
