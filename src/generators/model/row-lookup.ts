/**
 * Code that branches on the exact example values (`if (n === 15) return 'FizzBuzz'`, a
 * `switch` over the rows, an object keyed by them) passes every example and says nothing about
 * any other input: a lookup of the rows, not a rule. Found in the syntax of a proposed module,
 * before it is written. A mapping over a domain (every month, every tier) is not a lookup: it
 * names values the examples never show, and categorical inputs are mappings by nature.
 */
import type * as TypeScript from 'typescript'
import { compiler } from '../../compiler'
import { type SpecloopError, specloopError } from '../../errors'
import type { Operation, Value } from '../operation'

/** Values any rule may test for without memorising anything. */
const ORDINARY_CONSTANTS = new Set<Value>([0, 1, -1, ''])
/** Separators a lookup keyed by several inputs joins them with (`"3,4"`). */
const KEY_SEPARATORS = [',', '|', ':', '-', '/', ' ', '_', ';', 'x', ', ']

interface Literal {
  value: Value
  node: TypeScript.Node
}

function literalValue(node: TypeScript.Expression): Value | undefined {
  const ts = compiler()
  const inner = ts.isParenthesizedExpression(node) ? node.expression : node
  if (ts.isNumericLiteral(inner)) return Number(inner.text)
  if (ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner)) return inner.text
  if (ts.isPrefixUnaryExpression(inner) && inner.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(inner.operand))
    return -Number(inner.operand.text)
  return undefined
}

function identifierName(node: TypeScript.Expression): string | undefined {
  const ts = compiler()
  const inner = ts.isParenthesizedExpression(node) ? node.expression : node
  return ts.isIdentifier(inner) ? inner.text : undefined
}

function propertyKey(name: TypeScript.PropertyName): Value | undefined {
  const ts = compiler()
  if (ts.isNumericLiteral(name)) return Number(name.text)
  if (ts.isStringLiteral(name)) return name.text
  if (ts.isIdentifier(name)) return name.text
  return undefined
}

function isEquality(kind: TypeScript.SyntaxKind): boolean {
  const { SyntaxKind } = compiler()
  return (
    kind === SyntaxKind.EqualsEqualsEqualsToken ||
    kind === SyntaxKind.EqualsEqualsToken ||
    kind === SyntaxKind.ExclamationEqualsEqualsToken ||
    kind === SyntaxKind.ExclamationEqualsToken
  )
}

/** The exported function of the operation: its parameter names, in the contract's input order. */
function parameterNames(source: TypeScript.SourceFile, name: string): string[] | undefined {
  const ts = compiler()
  let found: string[] | undefined
  const parameters = (list: TypeScript.NodeArray<TypeScript.ParameterDeclaration>) =>
    list.map((parameter) => (ts.isIdentifier(parameter.name) ? parameter.name.text : ''))
  source.forEachChild((node) => {
    if (ts.isFunctionDeclaration(node) && node.name?.text === name) found = parameters(node.parameters)
    if (ts.isVariableStatement(node)) {
      for (const declaration of node.declarationList.declarations) {
        if (
          ts.isIdentifier(declaration.name) &&
          declaration.name.text === name &&
          declaration.initializer &&
          (ts.isArrowFunction(declaration.initializer) || ts.isFunctionExpression(declaration.initializer))
        )
          found = parameters(declaration.initializer.parameters)
      }
    }
  })
  return found
}

/** Literals compared with each parameter, and literal keys of object and Map tables anywhere in the module. */
function collectLiterals(source: TypeScript.SourceFile, parameters: string[]): { byParameter: Map<string, Literal[]>; keys: Literal[] } {
  const ts = compiler()
  const byParameter = new Map<string, Literal[]>(parameters.map((name) => [name, []]))
  const keys: Literal[] = []
  const tie = (name: string | undefined, literal: TypeScript.Expression) => {
    const value = literalValue(literal)
    if (name !== undefined && value !== undefined) byParameter.get(name)?.push({ value, node: literal })
  }
  const visit = (node: TypeScript.Node): void => {
    if (ts.isBinaryExpression(node) && isEquality(node.operatorToken.kind)) {
      tie(identifierName(node.left), node.right)
      tie(identifierName(node.right), node.left)
    }
    if (ts.isSwitchStatement(node)) {
      const name = identifierName(node.expression)
      for (const clause of node.caseBlock.clauses) if (ts.isCaseClause(clause)) tie(name, clause.expression)
    }
    if (ts.isObjectLiteralExpression(node)) {
      for (const property of node.properties) {
        const key = property.name === undefined ? undefined : propertyKey(property.name)
        if (key !== undefined && property.name !== undefined) keys.push({ value: key, node: property.name })
      }
    }
    // new Map([[key, value], …]) and arrays of [key, value] pairs
    if (
      ts.isArrayLiteralExpression(node) &&
      node.elements.length >= 2 &&
      node.elements.every((element) => ts.isArrayLiteralExpression(element) && element.elements.length === 2)
    ) {
      for (const pair of node.elements as TypeScript.NodeArray<TypeScript.ArrayLiteralExpression>) {
        const value = literalValue(pair.elements[0]!)
        if (value !== undefined) keys.push({ value, node: pair.elements[0]! })
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return { byParameter, keys }
}

function sameLiteral(a: Value, b: Value): boolean {
  return typeof a === 'number' && typeof b === 'string'
    ? String(a) === b
    : typeof a === 'string' && typeof b === 'number'
      ? a === String(b)
      : a === b
}

/** A set of literals that is mostly the examples' values and covers a good part of them: the rows, memorised. */
function memorises(literals: readonly Literal[], exampleValues: readonly Value[]): Literal[] | undefined {
  const telling = literals.filter((literal) => !ORDINARY_CONSTANTS.has(literal.value))
  const matched = telling.filter((literal) => exampleValues.some((value) => sameLiteral(literal.value, value)))
  const distinctMatched = new Set(matched.map((literal) => String(literal.value)))
  const distinctTelling = new Set(telling.map((literal) => String(literal.value)))
  if (distinctMatched.size < 2 || distinctMatched.size * 2 < exampleValues.length) return undefined
  // A domain mapping names values the examples never show (the other months): mostly others, it is no lookup.
  if (distinctMatched.size * 4 < distinctTelling.size * 3) return undefined
  return matched
}

function located(file: string, source: TypeScript.SourceFile, node: TypeScript.Node, message: string): SpecloopError {
  const position = source.getLineAndCharacterOfPosition(node.getStart(source))
  return specloopError(
    'MODEL_ROW_LOOKUP',
    message,
    { file, line: position.line + 1, column: position.character + 1 },
    'a rule is needed that holds beyond the example rows, not a table of them'
  )
}

function describe(values: readonly Literal[]): string {
  const distinct = [
    ...new Set(values.map((literal) => (typeof literal.value === 'string' ? JSON.stringify(literal.value) : String(literal.value))))
  ]
  return distinct.slice(0, 5).join(', ') + (distinct.length > 5 ? ', …' : '')
}

/**
 * A located refusal when the module's function for the operation looks the example rows up,
 * else undefined. Only inputs that are not categories (nor yes/no) count: a rate per tier is a rule.
 */
export function findRowLookup(file: string, content: string, operation: Operation): SpecloopError | undefined {
  const ts = compiler()
  const source = ts.createSourceFile(file, content, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS)
  const parameters = parameterNames(source, operation.name)
  if (parameters === undefined) return undefined
  const { byParameter, keys } = collectLiterals(source, parameters)
  const columns = operation.inputs
    .map((input, index) => ({ input, parameter: parameters[index] }))
    .filter(({ input }) => input.type !== 'boolean' && !input.categorical)
  for (const { input, parameter } of columns) {
    const exampleValues = [...new Set(operation.examples.map((example) => example.inputs[input.name]!))].filter(
      (value) => !ORDINARY_CONSTANTS.has(value)
    )
    const compared = parameter === undefined ? undefined : memorises(byParameter.get(parameter) ?? [], exampleValues)
    if (compared !== undefined) {
      return located(
        file,
        source,
        compared[0]!.node,
        `${operation.name} tests ${parameter} against the example values ${describe(compared)} instead of computing a ` +
          `rule: a lookup of the rows passes the examples and is wrong for other inputs`
      )
    }
    const keyed = operation.inputs.length === 1 ? memorises(keys, exampleValues) : undefined
    if (keyed !== undefined) {
      return located(
        file,
        source,
        keyed[0]!.node,
        `${operation.name} keeps a table keyed by the example values of ${input.name} (${describe(keyed)}) instead of ` +
          `computing a rule: a lookup of the rows passes the examples and is wrong for other inputs`
      )
    }
  }
  if (operation.inputs.length > 1) {
    const rows = operation.examples.map((example) => operation.inputs.map((input) => String(example.inputs[input.name])))
    const tupleKeys = new Set(rows.flatMap((row) => KEY_SEPARATORS.map((separator) => row.join(separator))))
    const keyed = keys.filter((key) => typeof key.value === 'string' && tupleKeys.has(key.value))
    if (new Set(keyed.map((key) => key.value)).size >= Math.max(2, Math.ceil(rows.length / 2))) {
      return located(
        file,
        source,
        keyed[0]!.node,
        `${operation.name} keeps a table keyed by the example rows (${describe(keyed)}) instead of computing a rule: a ` +
          `lookup of the rows passes the examples and is wrong for other inputs`
      )
    }
  }
  return undefined
}
