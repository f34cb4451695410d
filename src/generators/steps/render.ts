import path from 'node:path'
import { DECIMAL_TOLERANCE } from '../operation'
import type { FieldType, PlannedOperation, PlannedStep, WorldField } from './analyse'
import { BOOLEAN_PARAMETER, TEXT_PARAMETERS } from './verify'

/**
 * Renders generated TypeScript. Every piece of user text (step text, scenario names, paths)
 * goes through `stringLiteral` or `commentText`, so no quote, backtick, `${`, `*\/`, backslash
 * or line separator in a feature can break out of a string or a comment.
 */

export const WORLD_PATH = 'generated/support/world.ts'
export const PARAMETER_TYPES_PATH = 'generated/support/parameter-types.ts'
export const STEPS_DIRECTORY = 'generated/steps'

/** A double-quoted TypeScript string literal of any text. */
export function stringLiteral(text: string): string {
  return JSON.stringify(text)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

/** Text safe inside a // or /** comment: no line terminators, no comment end. */
function commentText(text: string, maximumLength = 160): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach a comment
  const safe = text.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, ' ').replace(/\*\//g, '*\\/')
  return safe.length > maximumLength ? `${safe.slice(0, maximumLength).replace(/[\uD800-\uDBFF]$/, '')}…` : safe
}

/** A relative import of a generated module: `../src/tax` (CommonJS), `../src/tax.js` (ES modules, which name the file). */
function importPath(fromFile: string, toFile: string, esModules = false): string {
  const relative = path.posix.relative(path.posix.dirname(fromFile), toFile).replace(/\.ts$/, esModules ? '.js' : '')
  return relative.startsWith('.') ? relative : `./${relative}`
}

const ACCESSOR: Record<string, string> = { 'Record<string, string>[]': 'table.hashes()', 'string[][]': 'table.raw()' }

/** Where a step is first used (only the first, so that adding scenarios later does not rewrite the file). */
function firstUseOf(step: PlannedStep): string {
  const first = step.group.occurrences[0]
  return commentText(first ? `${first.uri}:${first.line}` : '', 400)
}

function parameterList(step: PlannedStep): string {
  const parameters = ['this: GeneratedWorld', ...step.group.parameters.map((parameter) => `${parameter.name}: ${parameter.type}`)]
  if (step.group.argument === 'dataTable') parameters.push('table: DataTable')
  if (step.group.argument === 'docString') parameters.push('docString: string')
  return parameters.join(', ')
}

function argumentValue(step: PlannedStep): string {
  return step.group.argument === 'dataTable' ? (ACCESSOR[step.argument?.type ?? ''] ?? 'table.raw()') : 'docString'
}

/** An assertion that `actual` is `expected`, or with `negated` that it is not. */
function assertion(actual: string, label: string, expected: string, type: FieldType, negated = false): string {
  const check = `expect(${actual}, ${stringLiteral(label)})${negated ? '.not' : ''}`
  if (type === 'number') return `${check}.to.be.closeTo(${expected}, DECIMAL_TOLERANCE * Math.max(1, Math.abs(${expected})))`
  if (type === 'string' || type === 'boolean') return `${check}.to.equal(${expected})`
  return `${check}.to.deep.equal(${expected})`
}

/** A value of the step as TypeScript: the parameter, or for an exact-text step the constant its text holds. */
function valueAt(step: PlannedStep, index: number): { code: string; label: string } {
  const parameter = step.group.parameters[index]
  if (parameter) return { code: parameter.name, label: parameter.name }
  const constant = step.group.constants![index]
  const value = step.group.texts[0].slots[index].value
  return { code: typeof value === 'string' ? stringLiteral(value) : String(value), label: constant.name }
}

function bodyOf(step: PlannedStep): string[] {
  if (step.custom) return step.custom.body
  const { group } = step
  if (group.role === 'given' && step.occurrenceFields) return numberedUses(step, step.occurrenceFields)
  if (group.role === 'given') {
    const lines = step.fields.map((field, index) => `this.${field.name} = ${valueAt(step, index).code}`)
    if (step.argument?.field) lines.push(`this.${step.argument.field.name} = ${argumentValue(step)}`)
    return lines.length > 0 ? lines : ['// A context without values: nothing to store. The When step that follows acts on it.']
  }
  if (group.role === 'then') {
    const negated = step.negated === true
    const lines = step.fields.map((field, index) => {
      const { code, label } = valueAt(step, index)
      return assertion(`this.${field.name}`, label, code, field.type, negated)
    })
    if (step.argument?.field)
      lines.push(assertion(`this.${step.argument.field.name}`, step.argument.field.name, argumentValue(step), step.argument.type, negated))
    // A yes/no outcome denied is the other value: an undefined flag must not pass "is not blocked".
    if (step.flagField) lines.push(assertion(`this.${step.flagField.name}`, step.flagField.name, String(!negated), 'boolean'))
    return lines
  }
  const operation = step.operation
  if (!operation) return ["throw new Error('no operation was planned for this When step')"]
  const callArguments = operation.parameters.map((parameter) => {
    if ('field' in parameter.from) return `requireInput(this, ${stringLiteral(parameter.from.field.name)})`
    if ('parameter' in parameter.from) return group.parameters[parameter.from.parameter].name
    return argumentValue(step)
  })
  const call = `${operation.name}(${callArguments.join(', ')})`
  if (operation.outcomes.length === 0) return [call]
  if (operation.outcomes.length === 1) return [`this.${operation.outcomes[0].field.name} = ${call}`]
  return [`const result = ${call}`, ...operation.outcomes.map((outcome) => `this.${outcome.field.name} = result.${outcome.name}`)]
}

/**
 * A Given a scenario gives more than once stores each use in its own fields, in order: the first
 * use whose fields are still unset is this one (the World is new for each scenario).
 */
function numberedUses(step: PlannedStep, uses: WorldField[][]): string[] {
  const lines = ['// Given again in one scenario, this step stores its next use: in the order the scenario gives them.']
  uses.forEach((fields, use) => {
    const store = fields.map((field, index) => `  this.${field.name} = ${valueAt(step, index).code}`)
    if (use === uses.length - 1) lines.push(use === 0 ? '{' : '} else {', ...store, '}')
    else lines.push(`${use === 0 ? '' : '} else '}if (this.${fields[0]!.name} === undefined) {`, ...store)
  })
  return lines
}

const KEYWORD = { given: 'Given', when: 'When', then: 'Then' } as const

/** What a body that both sets up and checks calls to tell which it is doing (defined in its step file). */
export const SETS_UP = 'setsUp'

/** A step several stories share tells its scenario's story by the feature it runs in. */
const STORY_OF_SCENARIO = [
  '',
  "/** Each scenario's feature file. */",
  'const featureOfScenario = new WeakMap<object, string>()',
  'Before(function ({ pickle }) {',
  '  featureOfScenario.set(this, pickle.uri)',
  '})',
  '',
  "/** The story a scenario tells: the one whose class its World already holds, else its own feature's. */",
  'function storyOfScenario(world: object, holders: Record<string, (world: object) => boolean>): string | undefined {',
  '  const held = Object.keys(holders).filter((feature) => holders[feature]!(world))',
  '  return held.length === 1 ? held[0] : featureOfScenario.get(world)',
  '}'
]

/** A step used as a Given and as a Then asks whether it sets up: the keyword of the step running tells. */
const SETS_UP_LINES = [
  '',
  '/** Whether each scenario has run a When step yet, and whether the step it runs sets up or checks. */',
  'const actedIn = new WeakSet<object>()',
  'const settingUp = new WeakMap<object, boolean>()',
  'BeforeStep(function ({ pickleStep }) {',
  '  if (pickleStep.type === "Action") actedIn.add(this)',
  '  settingUp.set(this, pickleStep.type === "Context" || (pickleStep.type !== "Outcome" && !actedIn.has(this)))',
  '})',
  '',
  '/** A text used as a Given and as a Then sets up as a Given (an And after one, or a * step before any When) and checks as a Then. */',
  `function ${SETS_UP}(world: object): boolean {`,
  '  return settingUp.get(world) ?? true',
  '}'
]

/** One generated step file: the step definitions of one feature (or the shared ones), in order of first use. */
export function renderStepFile(file: string, steps: PlannedStep[], { esModules = false }: { esModules?: boolean } = {}): string {
  const filePath = `${STEPS_DIRECTORY}/${file}`
  const keywords = [...new Set(steps.map((step) => KEYWORD[step.group.role]))].sort(
    (a, b) => ['Given', 'When', 'Then'].indexOf(a) - ['Given', 'When', 'Then'].indexOf(b)
  )
  const byFeature = steps.some((step) => step.custom?.byFeature !== undefined)
  const dual = steps.some((step) => step.custom?.body.some((line) => line.includes(`${SETS_UP}(this)`)))
  const cucumberImports = [
    ...(byFeature ? ['Before'] : []),
    ...(dual ? ['BeforeStep'] : []),
    ...keywords,
    ...(steps.some((step) => step.group.argument === 'dataTable') ? ['DataTable'] : [])
  ]
  const worldImports = ['GeneratedWorld']
  if (steps.some((step) => step.operation?.parameters.some((parameter) => 'field' in parameter.from))) worldImports.push('requireInput')
  const body = steps.map(bodyOf)
  if (body.some((lines) => lines.some((line) => line.includes('DECIMAL_TOLERANCE')))) worldImports.unshift('DECIMAL_TOLERANCE')
  const lines = [`import { ${cucumberImports.join(', ')} } from "@cucumber/cucumber"`]
  // A Then checks; so may a body another generator wrote (a Given's text that a story checks after a command).
  if (steps.some((step) => step.group.role === 'then' || step.custom?.body.some((line) => /\bexpect\(/.test(line))))
    lines.push('import { expect } from "chai"')
  lines.push(`import { ${worldImports.join(', ')} } from ${stringLiteral(importPath(filePath, WORLD_PATH, esModules))}`)
  const operations = [...new Map(steps.filter((step) => step.operation).map((step) => [step.operation!.name, step.operation!])).values()]
  for (const operation of operations)
    lines.push(`import { ${operation.name} } from ${stringLiteral(importPath(filePath, operation.modulePath, esModules))}`)
  const customImports = new Map<string, Set<string>>()
  for (const step of steps)
    for (const { name, from } of step.custom?.imports ?? []) customImports.set(from, (customImports.get(from) ?? new Set()).add(name))
  for (const [from, names] of customImports)
    lines.push(`import { ${[...names].sort().join(', ')} } from ${stringLiteral(importPath(filePath, from, esModules))}`)
  if (byFeature) lines.push(...STORY_OF_SCENARIO)
  if (dual) lines.push(...SETS_UP_LINES)
  steps.forEach((step, index) => {
    lines.push('')
    lines.push(`// ${firstUseOf(step)}${step.group.literal ? ' (exact text: a parameter here would also match other steps)' : ''}`)
    if (step.argument?.mediaType) lines.push(`// doc string media type: ${commentText(step.argument.mediaType)}`)
    lines.push(`${KEYWORD[step.group.role]}(${stringLiteral(step.group.expression)}, function (${parameterList(step)}) {`)
    for (const line of body[index]) lines.push(`  ${line}`)
    lines.push('})')
  })
  return `${lines.join('\n')}\n`
}

const FIELD_LINE =
  /^ {2}([\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*)\?: (number|string|boolean|string\[\]\[\]|Record<string, string>\[\])$/gmu

/** The World: one typed field per input and outcome; `customWorld` when the project sets its own World constructor. */
export function renderWorld(fields: WorldField[], customWorld: boolean, features: string[] = []): string {
  const fieldLines = fields.map((field) => `  ${field.name}?: ${field.type}`)
  const lines = [
    `/** Decimal outcomes are compared with this tolerance, relative to the expected value's size. */`,
    `export const DECIMAL_TOLERANCE = ${DECIMAL_TOLERANCE}`,
    '',
    '/**',
    ' * What the generated steps of one scenario share: Given steps store inputs, When steps store',
    ' * what the operation returned (the actual... fields), Then steps compare them with what is expected.',
    ' */'
  ]
  if (customWorld) {
    lines.unshift(
      'import { After } from "@cucumber/cucumber"',
      '',
      '// The project sets its own World constructor: these fields are added to it at run time.'
    )
    lines.push('export interface GeneratedWorld {', ...fieldLines, '}')
  } else {
    lines.unshift('import { After, setWorldConstructor, World } from "@cucumber/cucumber"', '')
    lines.push('export class GeneratedWorld extends World {', ...fieldLines, '}', '', 'setWorldConstructor(GeneratedWorld)')
  }
  lines.push(
    '',
    '/** The features specloop wrote step definitions for: the only ones the hook below looks at. */',
    `const GENERATED_FOR = new Set<string>(${JSON.stringify([...new Set(features)].sort())})`,
    '',
    '/**',
    ' * A scenario with no When and no Then step acts on nothing and checks nothing: it is pending,',
    ' * never passed. Only in features specloop generated steps for: other scenarios run as they would without it.',
    ' */',
    'After(function ({ pickle, result }) {',
    '  if (!GENERATED_FOR.has(pickle.uri)) return undefined',
    "  const checksSomething = pickle.steps.some((step) => String(step.type) === 'Action' || String(step.type) === 'Outcome')",
    "  return String(result?.status) === 'PASSED' && !checksSomething ? 'pending' : undefined",
    '})'
  )
  lines.push(
    '',
    '/** An input a Given step should have stored; a clear failure when the scenario has no such step. */',
    'export function requireInput<Name extends keyof GeneratedWorld>(world: GeneratedWorld, name: Name): NonNullable<GeneratedWorld[Name]> {',
    '  const value = world[name]',
    '  if (value === undefined || value === null) throw new Error(`no Given step of this scenario stored ${String(name)}`)',
    '  return value as NonNullable<GeneratedWorld[Name]>',
    '}'
  )
  return `${lines.join('\n')}\n`
}

/** The fields of a World this generator wrote before (read back so fields are only ever added). */
export function fieldsOfWorld(body: string): WorldField[] {
  return [...body.matchAll(FIELD_LINE)].map((match) => ({
    name: match[1],
    type: match[2] as FieldType,
    role: match[1].startsWith('actual') ? 'outcome' : 'input'
  }))
}

export function renderParameterTypes(): string {
  return [
    'import { defineParameterType } from "@cucumber/cucumber"',
    '',
    '/** true/false and yes/no in step text, as one parameter type: {boolean}. */',
    'defineParameterType({',
    `  name: ${stringLiteral(BOOLEAN_PARAMETER.name)},`,
    `  regexp: /${BOOLEAN_PARAMETER.regexps[0]}/,`,
    "  transformer: (text: string): boolean => text === 'true' || text === 'yes',",
    '  useForSnippets: false',
    '})',
    '',
    ...TEXT_PARAMETERS.flatMap((parameter) => [
      `/** ${parameter.doc} */`,
      'defineParameterType({',
      `  name: ${stringLiteral(parameter.name)},`,
      `  regexp: /${parameter.regexps[0]}/,`,
      '  useForSnippets: false',
      '})',
      ''
    ])
  ].join('\n')
}

/** A module body and the generator that wrote it (its provenance). */
export interface RenderedOperationModule {
  body: string
  generator: string
  /** A synthesised rule: whether the examples decide it. */
  rule?: 'confirmed' | 'unconfirmed'
}

/** Writes an operation's module: the stub by default; synthesis (or a model) plugs in here. */
export type OperationModuleRenderer = (operation: PlannedOperation) => string | RenderedOperationModule

function returnTypeOf(operation: PlannedOperation): string {
  if (operation.outcomes.length === 0) return 'void'
  if (operation.outcomes.length === 1) return operation.outcomes[0].type
  return `{ ${operation.outcomes.map((outcome) => `${outcome.name}: ${outcome.type}`).join('; ')} }`
}

function signatureOf(operation: PlannedOperation): string {
  return `${operation.name}(${operation.parameters.map((parameter) => `${parameter.name}: ${parameter.type}`).join(', ')}): ${returnTypeOf(operation)}`
}

/** The first three scenarios that need an operation (a fourth one does not change the stub). */
function neededByText(operation: PlannedOperation): string {
  const shown = operation.neededBy.slice(0, 3).join(', ')
  return operation.neededBy.length > 3 ? `${shown} and others` : shown
}

/**
 * A typed stub that throws, naming the operation and the scenarios that need it, so those
 * scenarios fail (never pass) until a real implementation replaces it.
 */
export const renderOperationStub: OperationModuleRenderer = (operation) => {
  const message = `${operation.name} is not implemented yet: needed by ${neededByText(operation)}`
  const lines = [
    '/**',
    ` * ${commentText(`The operation behind "When ${operation.whenText}".`, 400)}`,
    ` * Examples: ${operation.examples.length}, from ${commentText(operation.sourceFeatures.join(', '), 400)}.`,
    operation.stateful
      ? ` * Not a table of examples (${commentText(operation.reason ?? '')}): needs a model provider or a hand-written body.`
      : ' * specloop synthesis writes its body from the examples; until then it throws.',
    ' */',
    `export function ${signatureOf(operation)} {`,
    `  throw new Error(${stringLiteral(message)})`,
    '}',
    ''
  ]
  return lines.join('\n')
}
