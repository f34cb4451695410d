import crypto from 'node:crypto'
import type * as TypeScript from 'typescript'
import { compiler } from '../compiler'

/**
 * Mutation sites in a TypeScript file: the usual mutation operators, each a small textual
 * replacement at one place of a covered line. Pure: the source text in, the mutants out; found
 * with the TypeScript compiler's syntax tree, so only code is mutated (never a type, a comment,
 * an import or a property name).
 */
export type MutationOperator =
  'arithmetic' | 'comparison' | 'boundary' | 'equality' | 'logical' | 'constant' | 'negation' | 'statement' | 'return' | 'method'

export interface Mutant {
  /** Stable across edits elsewhere in the file: the file, the line's text, the place in it and the replacement. */
  id: string
  /** Project-relative path. */
  file: string
  /** 1-based, where the replaced text starts. */
  line: number
  column: number
  /** The line of the statement the mutant is in: the trace records a line as run when a statement starting on it ran. */
  statementLine: number
  operator: MutationOperator
  /** Offsets in the source text of what is replaced. */
  start: number
  end: number
  original: string
  replacement: string
}

const ARITHMETIC: Record<string, string> = { '+': '-', '-': '+', '*': '/', '/': '*', '%': '*' }
const BOUNDARY: Record<string, string> = { '<': '<=', '<=': '<', '>': '>=', '>=': '>' }
const COMPARISON: Record<string, string> = { '<': '>=', '<=': '>', '>': '<=', '>=': '<' }
const EQUALITY: Record<string, string> = { '===': '!==', '!==': '===', '==': '!=', '!=': '==' }
const LOGICAL: Record<string, string> = { '&&': '||', '||': '&&', '??': '&&' }
const METHODS: Record<string, string> = {
  'Math.max': 'Math.min',
  'Math.min': 'Math.max',
  'Math.floor': 'Math.ceil',
  'Math.ceil': 'Math.floor',
  'Math.round': 'Math.floor'
}

/** What a mutant changes, for people: "`>=` → `>`". */
export function describeMutant(mutant: Pick<Mutant, 'original' | 'replacement'>): string {
  const shorten = (text: string) => {
    const flat = text.replace(/\s+/g, ' ').trim()
    return flat.length > 40 ? `${flat.slice(0, 37)}…` : flat
  }
  return mutant.replacement === ''
    ? `\`${shorten(mutant.original)}\` removed`
    : `\`${shorten(mutant.original)}\` → \`${shorten(mutant.replacement)}\``
}

/** The file's text with the mutant applied. */
export function applyMutant(text: string, mutant: Pick<Mutant, 'start' | 'end' | 'replacement'>): string {
  return text.slice(0, mutant.start) + mutant.replacement + text.slice(mutant.end)
}

interface Site {
  node: TypeScript.Node
  /** Where the replaced text starts and ends (default: the node's own extent). */
  start: number
  end: number
  operator: MutationOperator
  replacement: string
}

/** Nodes no mutant may touch: types, imports and exports of names, declarations only for the compiler. */
function isOutsideCode(ts: typeof TypeScript, node: TypeScript.Node): boolean {
  return (
    ts.isTypeNode(node) ||
    ts.isImportDeclaration(node) ||
    ts.isExportDeclaration(node) ||
    ts.isInterfaceDeclaration(node) ||
    ts.isTypeAliasDeclaration(node) ||
    ts.isModuleDeclaration(node) ||
    ts.isEnumDeclaration(node) ||
    ts.isDecorator(node) ||
    ts.isImportEqualsDeclaration(node) ||
    (ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.DeclareKeyword))
  )
}

/** A literal in a place where its text is a name, not a value: `{ 'a': 1 }`, `import('x')`, `require('x')`. */
function isNameLiteral(ts: typeof TypeScript, node: TypeScript.Node): boolean {
  const parent = node.parent
  if (!parent) return false
  if (
    (ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent) || ts.isEnumMember(parent)) &&
    parent.name === node
  )
    return true
  if (
    ts.isCallExpression(parent) &&
    (parent.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(parent.expression) && parent.expression.text === 'require'))
  )
    return true
  return ts.isLiteralTypeNode(parent) || ts.isExternalModuleReference(parent)
}

function numberText(value: number): string {
  return value < 0 ? `(${value})` : String(value)
}

function constantSites(ts: typeof TypeScript, node: TypeScript.Node, source: TypeScript.SourceFile): Site[] {
  const at = (replacement: string): Site => ({ node, start: node.getStart(source), end: node.getEnd(), operator: 'constant', replacement })
  if (ts.isNumericLiteral(node)) {
    const value = Number(node.text)
    if (!Number.isFinite(value)) return []
    const replacements = new Set([value + 1, value - 1, 0].filter((candidate) => candidate !== value))
    return [...replacements].map((candidate) => at(numberText(candidate)))
  }
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [at(node.text === '' ? '"specloop"' : '""')]
  if (node.kind === ts.SyntaxKind.TrueKeyword) return [at('false')]
  if (node.kind === ts.SyntaxKind.FalseKeyword) return [at('true')]
  return []
}

function binarySites(ts: typeof TypeScript, node: TypeScript.BinaryExpression, source: TypeScript.SourceFile): Site[] {
  const token = node.operatorToken
  const text = token.getText(source)
  const at = (operator: MutationOperator, replacement: string): Site => ({
    node: token,
    start: token.getStart(source),
    end: token.getEnd(),
    operator,
    replacement
  })
  const sites: Site[] = []
  if (ARITHMETIC[text] !== undefined) sites.push(at('arithmetic', ARITHMETIC[text]))
  if (BOUNDARY[text] !== undefined) sites.push(at('boundary', BOUNDARY[text]), at('comparison', COMPARISON[text]!))
  if (EQUALITY[text] !== undefined) sites.push(at('equality', EQUALITY[text]))
  if (LOGICAL[text] !== undefined) sites.push(at('logical', LOGICAL[text]))
  return sites
}

/** A condition negated: `if (c)`, `while (c)`, `c ? a : b`. */
function conditionSite(ts: typeof TypeScript, node: TypeScript.Node, source: TypeScript.SourceFile): Site[] {
  const condition =
    ts.isIfStatement(node) || ts.isWhileStatement(node) || ts.isDoStatement(node)
      ? node.expression
      : ts.isConditionalExpression(node)
        ? node.condition
        : undefined
  if (!condition) return []
  return [
    {
      node: condition,
      start: condition.getStart(source),
      end: condition.getEnd(),
      operator: 'negation',
      replacement: `!(${condition.getText(source)})`
    }
  ]
}

function statementSites(ts: typeof TypeScript, node: TypeScript.Node, source: TypeScript.SourceFile): Site[] {
  const whole = (operator: MutationOperator, replacement: string): Site => ({
    node,
    start: node.getStart(source),
    end: node.getEnd(),
    operator,
    replacement
  })
  if (ts.isExpressionStatement(node)) return [whole('statement', ';')]
  if (ts.isReturnStatement(node) && node.expression) {
    const expression = node.expression
    const replacement =
      expression.kind === ts.SyntaxKind.TrueKeyword ? 'false' : expression.kind === ts.SyntaxKind.FalseKeyword ? 'true' : 'undefined'
    return [{ node: expression, start: expression.getStart(source), end: expression.getEnd(), operator: 'return', replacement }]
  }
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken) {
    return [{ node, start: node.getStart(source), end: node.operand.getStart(source), operator: 'negation', replacement: '' }]
  }
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken && !ts.isNumericLiteral(node.operand)) {
    return [{ node, start: node.getStart(source), end: node.operand.getStart(source), operator: 'arithmetic', replacement: '' }]
  }
  if (ts.isPropertyAccessExpression(node) && METHODS[node.getText(source)] !== undefined)
    return [whole('method', METHODS[node.getText(source)]!)]
  return []
}

function sitesOf(ts: typeof TypeScript, node: TypeScript.Node, source: TypeScript.SourceFile): Site[] {
  const sites = [...conditionSite(ts, node, source), ...statementSites(ts, node, source)]
  if (ts.isBinaryExpression(node)) sites.push(...binarySites(ts, node, source))
  // A negative number is one constant: `-2` becomes `-1`, not `-(3)`.
  if (!isNameLiteral(ts, node) && !(ts.isNumericLiteral(node) && node.parent && ts.isPrefixUnaryExpression(node.parent)))
    sites.push(...constantSites(ts, node, source))
  return sites
}

function mutantId(file: string, lineText: string, column: number, operator: MutationOperator, replacement: string): string {
  return crypto.createHash('sha256').update(`${file}\0${lineText}\0${column}\0${operator}\0${replacement}`).digest('hex').slice(0, 16)
}

/**
 * Every mutant of `text` in a statement that starts on one of `lines` (1-based: the lines the
 * trace says ran), in the order of the file. `file` is the project-relative path the mutants
 * are located by.
 */
export function findMutants(text: string, file: string, lines: ReadonlySet<number>): Mutant[] {
  const ts = compiler()
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const lineTexts = text.split('\n')
  const mutants: Mutant[] = []
  const seen = new Set<string>()
  const lineOf = (position: number) => source.getLineAndCharacterOfPosition(position).line + 1
  const visit = (node: TypeScript.Node, statementLine: number) => {
    if (isOutsideCode(ts, node)) return
    const here = ts.isStatement(node) || ts.isVariableDeclaration(node) ? lineOf(node.getStart(source)) : statementLine
    for (const site of sitesOf(ts, node, source)) {
      const position = source.getLineAndCharacterOfPosition(site.start)
      if (!lines.has(here)) continue
      const id = mutantId(file, lineTexts[position.line] ?? '', position.character, site.operator, site.replacement)
      if (seen.has(id)) continue
      seen.add(id)
      mutants.push({
        id,
        file,
        line: position.line + 1,
        column: position.character + 1,
        statementLine: here,
        operator: site.operator,
        start: site.start,
        end: site.end,
        original: text.slice(site.start, site.end),
        replacement: site.replacement
      })
    }
    ts.forEachChild(node, (child) => visit(child, here))
  }
  visit(source, 0)
  return mutants.sort((a, b) => a.start - b.start || a.end - b.end)
}
