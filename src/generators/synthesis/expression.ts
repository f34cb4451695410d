/**
 * Programs as expression text, with JavaScript precedence so only needed parentheses appear.
 * Two styles: 'typescript' for generated code, 'plain' for one-line summaries.
 */
import type { Value } from '../operation'
import type { LookupNode, MatchNode, Program } from './program'

export type ExpressionStyle = 'typescript' | 'plain'

export interface ExpressionContext {
  style: ExpressionStyle
  /** TypeScript style: how a lookup table is referenced (hoisted to a module constant). */
  lookup?: (node: LookupNode) => string
  /** TypeScript style: how an unknown category is reported (a `never` helper). */
  unspecified?: (input: string) => string
}

interface Rendered {
  text: string
  precedence: number
}

// Higher binds tighter (as in JavaScript).
const CONDITIONAL = 1
const OR = 2
const AND = 3
const EQUALITY = 4
const RELATIONAL = 5
const ADDITIVE = 6
const MULTIPLICATIVE = 7
const PREFIX = 8
const PRIMARY = 9

const BINARY_SYNTAX: Partial<Record<string, { symbol: string; precedence: number }>> = {
  add: { symbol: '+', precedence: ADDITIVE },
  subtract: { symbol: '-', precedence: ADDITIVE },
  multiply: { symbol: '*', precedence: MULTIPLICATIVE },
  divide: { symbol: '/', precedence: MULTIPLICATIVE },
  remainder: { symbol: '%', precedence: MULTIPLICATIVE },
  less: { symbol: '<', precedence: RELATIONAL },
  lessOrEqual: { symbol: '<=', precedence: RELATIONAL },
  greater: { symbol: '>', precedence: RELATIONAL },
  greaterOrEqual: { symbol: '>=', precedence: RELATIONAL },
  equal: { symbol: '===', precedence: EQUALITY },
  notEqual: { symbol: '!==', precedence: EQUALITY },
  and: { symbol: '&&', precedence: AND },
  or: { symbol: '||', precedence: OR }
}

export function quoteString(text: string): string {
  const escaped = text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')
  return `'${escaped}'`
}

function templateText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${').replace(/\r/g, '\\r')
}

export function renderValue(value: Value): string {
  if (typeof value === 'string') return quoteString(value)
  if (typeof value === 'number') return Object.is(value, -0) ? '0' : String(value)
  return String(value)
}

function wrap(rendered: Rendered, minimum: number): string {
  return rendered.precedence >= minimum ? rendered.text : `(${rendered.text})`
}

/** Flattens nested applications of one associative operator: max(a, max(b, c)) → max(a, b, c). */
function flatten(program: Program, operator: string): Program[] {
  if (program.kind === 'binary' && program.operator === operator) return [...flatten(program.left, operator), ...flatten(program.right, operator)]
  return [program]
}

function call(name: string, context: ExpressionContext, args: Program[]): Rendered {
  const prefix = context.style === 'typescript' ? `Math.${name}` : name
  return { text: `${prefix}(${args.map((argument) => render(argument, context).text).join(', ')})`, precedence: PRIMARY }
}

function method(operand: Program, context: ExpressionContext, typescript: string, plain: string): Rendered {
  if (context.style === 'plain') return { text: `${plain}(${render(operand, context).text})`, precedence: PRIMARY }
  return { text: `${wrap(render(operand, context), PRIMARY)}.${typescript}`, precedence: PRIMARY }
}

function renderConcat(program: Program, context: ExpressionContext): Rendered {
  const parts = flatten(program, 'concat')
  if (!parts.some((part) => part.kind === 'constant')) {
    return { text: parts.map((part) => wrap(render(part, context), ADDITIVE + 1)).join(' + '), precedence: ADDITIVE }
  }
  // A template literal spells a number as String() does: `${count} days`, not `${String(count)} days`.
  const spelled = (part: Program): Program => {
    if (part.kind === 'unary' && part.operator === 'toString') return part.operand
    if (part.kind === 'conditional') return { ...part, then: spelled(part.then), otherwise: spelled(part.otherwise) }
    return part
  }
  const body = parts.map((part) => (part.kind === 'constant' ? templateText(String(part.value)) : `\${${render(spelled(part), context).text}}`)).join('')
  return { text: `\`${body}\``, precedence: PRIMARY }
}

function renderLookup(node: LookupNode, context: ExpressionContext): Rendered {
  if (context.style === 'typescript' && context.lookup !== undefined) return { text: context.lookup(node), precedence: PRIMARY }
  const entries = node.entries.map(([key, value]) => `${key}: ${renderValue(value)}`).join(', ')
  return { text: `{ ${entries} }[${node.input}]`, precedence: PRIMARY }
}

function renderMatch(node: MatchNode, context: ExpressionContext): Rendered {
  if (context.style === 'plain') {
    const cases = node.cases.map((entry) => `${entry.value}: ${render(entry.result, context).text}`).join(', ')
    return { text: `match ${node.input} { ${cases} }`, precedence: PRIMARY }
  }
  const fallback = context.unspecified?.(node.input) ?? 'undefined'
  const text = node.cases.reduceRight(
    (otherwise, entry) => `${node.input} === ${quoteString(entry.value)} ? ${wrap(render(entry.result, context), OR)} : ${otherwise}`,
    fallback
  )
  return { text, precedence: CONDITIONAL }
}

export function render(program: Program, context: ExpressionContext): Rendered {
  switch (program.kind) {
    case 'input':
      return { text: program.name, precedence: PRIMARY }
    case 'constant':
      return { text: renderValue(program.value), precedence: typeof program.value === 'number' && program.value < 0 ? PREFIX : PRIMARY }
    case 'lookup':
      return renderLookup(program, context)
    case 'match':
      return renderMatch(program, context)
    case 'conditional': {
      const condition = wrap(render(program.condition, context), OR)
      const then = wrap(render(program.then, context), OR)
      const otherwise = wrap(render(program.otherwise, context), CONDITIONAL)
      return { text: `${condition} ? ${then} : ${otherwise}`, precedence: CONDITIONAL }
    }
    case 'unary':
      return renderUnary(program.operator, program.operand, context)
    case 'binary':
      return renderBinary(program, context)
  }
}

function renderUnary(operator: string, operand: Program, context: ExpressionContext): Rendered {
  switch (operator) {
    case 'abs':
    case 'floor':
    case 'ceil':
    case 'round':
      return call(operator, context, [operand])
    case 'negate': {
      const inner = wrap(render(operand, context), PREFIX)
      return { text: inner.startsWith('-') ? `-(${inner})` : `-${inner}`, precedence: PREFIX }
    }
    case 'length':
      return context.style === 'plain' ? { text: `length(${render(operand, context).text})`, precedence: PRIMARY } : method(operand, context, 'length', 'length')
    case 'upper':
      return method(operand, context, 'toUpperCase()', 'upper')
    case 'lower':
      return method(operand, context, 'toLowerCase()', 'lower')
    case 'first':
      return method(operand, context, 'charAt(0)', 'first')
    case 'toString':
      return { text: `String(${render(operand, context).text})`, precedence: PRIMARY }
    default: {
      // not: written as the opposite comparison where there is one (`year % 100 !== 0`).
      if (operand.kind === 'binary' && operand.operator === 'divisibleBy') {
        return { text: `${wrap(render(operand.left, context), MULTIPLICATIVE)} % ${wrap(render(operand.right, context), MULTIPLICATIVE + 1)} !== 0`, precedence: EQUALITY }
      }
      if (operand.kind === 'binary' && operand.operator === 'equal') return renderBinary({ ...operand, operator: 'notEqual' }, context)
      return { text: `!${wrap(render(operand, context), PREFIX)}`, precedence: PREFIX }
    }
  }
}

function renderBinary(program: Extract<Program, { kind: 'binary' }>, context: ExpressionContext): Rendered {
  const { operator, left, right } = program
  switch (operator) {
    case 'min':
    case 'max':
      return call(operator, context, flatten(program, operator))
    case 'concat':
      return renderConcat(program, context)
    case 'divisibleBy':
      return { text: `${wrap(render(left, context), MULTIPLICATIVE)} % ${wrap(render(right, context), MULTIPLICATIVE + 1)} === 0`, precedence: EQUALITY }
    case 'before':
      return context.style === 'plain'
        ? { text: `before(${render(left, context).text}, ${render(right, context).text})`, precedence: PRIMARY }
        : { text: `${wrap(render(left, context), PRIMARY)}.split(${render(right, context).text})[0]`, precedence: PRIMARY }
    case 'after': {
      if (context.style === 'plain') return { text: `after(${render(left, context).text}, ${render(right, context).text})`, precedence: PRIMARY }
      const delimiter = render(right, context).text
      return { text: `${wrap(render(left, context), PRIMARY)}.split(${delimiter}).slice(1).join(${delimiter})`, precedence: PRIMARY }
    }
    default: {
      const syntax = BINARY_SYNTAX[operator]!
      const leftText = logicalOperand(left, operator, context) ?? wrap(render(left, context), syntax.precedence)
      const rightText = logicalOperand(right, operator, context) ?? wrap(render(right, context), syntax.precedence + 1)
      return { text: `${leftText} ${syntax.symbol} ${rightText}`, precedence: syntax.precedence }
    }
  }
}

/** `a || (b && c)`: mixed logical operators get parentheses, for the reader's sake. */
function logicalOperand(operand: Program, operator: string, context: ExpressionContext): string | undefined {
  if (operator !== 'and' && operator !== 'or') return undefined
  if (operand.kind === 'binary' && operand.operator === operator) return render(operand, context).text
  if (operand.kind === 'binary' && (operand.operator === 'and' || operand.operator === 'or')) return `(${render(operand, context).text})`
  return wrap(render(operand, context), operator === 'and' ? AND : OR)
}

export function expressionText(program: Program, context: ExpressionContext): string {
  return render(program, context).text
}
