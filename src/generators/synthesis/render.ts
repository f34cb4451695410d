/**
 * Synthesised programs as readable TypeScript: one exported, typed function per operation
 * (signature convention in `operation.ts`), decision lists as if/else chains, per-category
 * rules as a switch or a named table, and a doc comment saying where the rule came from, which
 * examples it was checked against and — when the examples do not decide it — that it is
 * unconfirmed, with the row that would decide. The caller adds the provenance header.
 */
import type { Operation, Value, ValueType } from '../operation'
import type { DistinguishingExample } from './confidence'
import { type LookupNode, type PrintContext, type Program, describeProgram, print, quoteString, renderValue } from './program'
import type { SynthesisResult } from './search'
import { pluralForm } from '../../text'
import { DECIMAL_HELPER, callsDecimal } from './numbers'
import { OPERATORS } from './operators'
import { ruleInQuestion } from './questions'
import { ADD_MONTHS_HELPER, callsAddMonths } from './dates'
import {
  NTH_WEEKDAY_HELPER,
  WORKING_DAYS_HELPER,
  YEAR_STRETCH_HELPER,
  callsInYearStretch,
  callsNthWeekday,
  callsWorkingDaysAfter
} from './calendar'
import { MEDIAN_HELPER, callsMedian } from './lists'
import { TWELVE_HOUR_HELPER, callsTwelveHour } from './clock'

export type SynthesisSuccess = Extract<SynthesisResult, { ok: true }>

const INDENT = '  '

function upperSnake(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase()
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** Text safe inside a block comment. */
function commentText(text: string): string {
  return text.replace(/\*\//g, '*\\/')
}

function formatValue(value: Value): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value)
}

/** `n = 12 → ?   (n % 15 === 0 says false, n > 10 says true)` */
function describeQuestion(question: DistinguishingExample): string {
  const inputs = Object.entries(question.inputs)
    .map(([name, value]) => `${name} = ${formatValue(value)}`)
    .join(', ')
  const answers = question.answers.map((answer) => `${ruleInQuestion(answer)} says ${formatValue(answer.value)}`).join('; ')
  return `${inputs} → ?   (${answers})`
}

/** Operators whose number may carry binary noise (19.99 * 3 is 59.970000000000006): sums, products, quotients, shares. */
const CALCULATING: ReadonlySet<string> = new Set([
  'add',
  'subtract',
  'multiply',
  'divide',
  'mean',
  'totalOfThree',
  'percentOff',
  'percentOn',
  'percentChange',
  'roundTo',
  'listSum',
  'listMean',
  'labelledSum'
])
/** Operators whose number is exact whatever goes in: a whole number, or a decimal rounded as written. */
const EXACT: ReadonlySet<string> = new Set(['floor', 'ceil', 'round', 'roundTenths', 'roundCents', 'ceilCents', 'floorCents'])

/** Whether a number a rule returns is worked out by arithmetic that may leave binary noise. */
function calculates(program: Program): boolean {
  if (program.kind !== 'apply' || EXACT.has(program.operator) || OPERATORS[program.operator].result !== 'number') return false
  return CALCULATING.has(program.operator) || program.args.some(calculates)
}

class ModuleWriter {
  private readonly declarations: string[] = []
  private readonly tableNames = new Map<LookupNode, string>()
  private readonly usedNames = new Set<string>()
  private needsUnspecified = false

  constructor(private readonly operation: Operation) {}

  private context(output: string): PrintContext {
    return {
      lookup: (node) => `(${this.tableFor(node, output)}.get(${node.input}) ?? ${this.unspecified(node.input)})`,
      unspecified: (input) => this.unspecified(input)
    }
  }

  private unspecified(input: string): string {
    this.needsUnspecified = true
    return `unspecified(${quoteString(input)}, ${input})`
  }

  private tableFor(node: LookupNode, output: string): string {
    const known = this.tableNames.get(node)
    if (known !== undefined) return known
    const base = `${upperSnake(node.role === output ? output : `${node.role}`)}_BY_${upperSnake(node.input)}`
    let name = base
    for (let suffix = 2; this.usedNames.has(name); suffix++) name = `${base}_${suffix}`
    this.usedNames.add(name)
    this.tableNames.set(node, name)
    const valueType = typeof node.entries[0]![1]
    const what = node.role === output ? capitalise(output) : capitalise(node.role)
    const rows = node.entries.map(([key, value]) => `${INDENT}[${quoteString(key)}, ${renderValue(value)}],`)
    this.declarations.push(
      [
        `/** ${commentText(what)} for each ${commentText(node.input)} in the examples. */`,
        `const ${name} = new Map<string, ${valueType}>([`,
        ...rows,
        `])`
      ].join('\n')
    )
    return name
  }

  /** The body of a function computing one output. */
  body(program: Program, output: string, indent: string): string[] {
    const context = this.context(output)
    // A calculation returns the decimal it stands for: 18.6, never 18.599999999999998.
    const returned = (node: Program) => {
      const text = print(node, context).text
      return `return ${calculates(node) ? `asDecimal(${text})` : text}`
    }
    if (program.kind === 'conditional') {
      const lines: string[] = []
      let node: Program = program
      while (node.kind === 'conditional') {
        lines.push(
          `${indent}${lines.length === 0 ? 'if' : '} else if'} (${print(node.condition, context).text}) {`,
          `${indent}${INDENT}${returned(node.then)}`
        )
        node = node.otherwise
      }
      lines.push(`${indent}} else {`, `${indent}${INDENT}${returned(node)}`, `${indent}}`)
      return lines
    }
    if (program.kind === 'match') {
      const lines = [`${indent}switch (${program.input}) {`]
      for (const entry of program.cases)
        lines.push(`${indent}${INDENT}case ${quoteString(entry.value)}:`, `${indent}${INDENT}${INDENT}${returned(entry.result)}`)
      lines.push(`${indent}${INDENT}default:`, `${indent}${INDENT}${INDENT}return ${this.unspecified(program.input)}`, `${indent}}`)
      return lines
    }
    return [`${indent}${returned(program)}`]
  }

  helpers(): string[] {
    if (!this.needsUnspecified) return []
    return [
      [
        '/** A category the examples never mention has no rule: say so instead of guessing. */',
        'function unspecified(input: string, value: string): never {',
        `${INDENT}throw new RangeError(\`no rule for \${input} "\${value}": the examples of ${this.operation.name} do not cover it\`)`,
        '}'
      ].join('\n')
    ]
  }

  tables(): string[] {
    return this.declarations
  }
}

function parameters(operation: Operation): string {
  return operation.inputs.map((field) => `${field.name}: ${field.type}`).join(', ')
}

function returnType(operation: Operation): string {
  if (operation.outputs.length === 1) return operation.outputs[0]!.type
  return `{ ${operation.outputs.map((field) => `${field.name}: ${field.type}`).join('; ')} }`
}

function docComment(operation: Operation, result: SynthesisSuccess): string {
  const lines: string[] = []
  const when = operation.whenText.trim()
  lines.push(`${capitalise(when)}${/[.!?]$/.test(when) ? '' : '.'}`, '')
  const scenarios = operation.scenarios.map((name) => `"${name}"`).join(', ')
  lines.push(
    `Synthesised by specloop offline from the examples of ${pluralForm(operation.scenarios.length, 'the scenario')} ${scenarios || '(unnamed)'}:`
  )
  for (const output of result.outputs)
    lines.push(
      `${INDENT}${output.name} = ${describeProgram(output.program)}   ` +
        `(${Math.round(output.bits)} bits; the examples as a table: ${Math.round(output.tableBits)})`
    )
  const unconfirmed = result.outputs.filter((output) => output.question !== undefined)
  if (unconfirmed.length > 0) {
    lines.push('', 'UNCONFIRMED: the examples do not decide this rule. Add an example for:')
    for (const output of unconfirmed) lines.push(`${INDENT}${output.name}: ${describeQuestion(output.question!)}`)
  }
  lines.push('', `Checked against ${pluralForm(operation.examples.length, 'this example', `these ${operation.examples.length} examples`)}:`)
  for (const example of operation.examples) {
    const inputs = operation.inputs.map((field) => `${field.name} = ${formatValue(example.inputs[field.name]!)}`).join(', ')
    const outputs = operation.outputs.map((field) => `${field.name} = ${formatValue(example.outputs[field.name]!)}`).join(', ')
    lines.push(`${INDENT}${inputs} → ${outputs}${example.source ? `   (${example.source})` : ''}`)
  }
  return ['/**', ...lines.map((line) => (line === '' ? ' *' : ` * ${commentText(line)}`)), ' */'].join('\n')
}

function helperName(output: string): string {
  return `compute${capitalise(output)}`
}

/** The TypeScript module for `generated/src/<operation.name>.ts`, without the provenance header. */
export function renderOperation(operation: Operation, result: SynthesisSuccess): string {
  const writer = new ModuleWriter(operation)
  const functions: string[] = []
  const signature = `export function ${operation.name}(${parameters(operation)}): ${returnType(operation)} {`
  if (result.outputs.length === 1) {
    const output = result.outputs[0]!
    functions.push([docComment(operation, result), signature, ...writer.body(output.program, output.name, INDENT), '}'].join('\n'))
  } else {
    const argumentsText = operation.inputs.map((field) => field.name).join(', ')
    const fields = result.outputs.map((output) => `${INDENT}${INDENT}${output.name}: ${helperName(output.name)}(${argumentsText}),`)
    functions.push([docComment(operation, result), signature, `${INDENT}return {`, ...fields, `${INDENT}}`, '}'].join('\n'))
    for (const output of result.outputs) {
      const type: ValueType = output.type
      functions.push(
        [
          `function ${helperName(output.name)}(${parameters(operation)}): ${type} {`,
          ...writer.body(output.program, output.name, INDENT),
          '}'
        ].join('\n')
      )
    }
  }
  const helpers = [
    ...writer.helpers(),
    ...(functions.some(callsDecimal) ? [DECIMAL_HELPER] : []),
    ...(functions.some(callsAddMonths) ? [ADD_MONTHS_HELPER] : []),
    ...(functions.some(callsWorkingDaysAfter) ? [WORKING_DAYS_HELPER] : []),
    ...(functions.some(callsNthWeekday) ? [NTH_WEEKDAY_HELPER] : []),
    ...(functions.some(callsInYearStretch) ? [YEAR_STRETCH_HELPER] : []),
    ...(functions.some(callsMedian) ? [MEDIAN_HELPER] : []),
    ...(functions.some(callsTwelveHour) ? [TWELVE_HOUR_HELPER] : [])
  ]
  return [...writer.tables(), ...functions, ...helpers].join('\n\n') + '\n'
}
