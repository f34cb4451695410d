import type * as TypeScript from 'typescript'
import type { SecurityCapability } from './policy'

/** Names under which the global object is reached. */
const GLOBAL_OBJECTS = new Set(['globalThis', 'global', 'window', 'self'])
/** Globals that are themselves a capability when called (or aliased and called). */
export const DANGEROUS_GLOBALS: Record<string, { capability: SecurityCapability; what: string }> = {
  eval: { capability: 'eval', what: 'eval()' },
  Function: { capability: 'eval', what: 'Function()' },
  fetch: { capability: 'network', what: 'fetch()' },
  XMLHttpRequest: { capability: 'network', what: 'XMLHttpRequest' },
  WebSocket: { capability: 'network', what: 'WebSocket' },
  EventSource: { capability: 'network', what: 'EventSource' }
}
export const FS_MODULES = new Set(['fs', 'fs/promises'])
const FS_WRITE_PREFIXES = (
  'write append mkdir mkdtemp rm rmdir unlink rename copyFile cp truncate ftruncate chmod lchmod chown lchown fchmod fchown ' +
  'symlink link utimes lutimes futimes createWriteStream open opendir'
).split(' ')
export const FS_WRITES = new RegExp(`^(${FS_WRITE_PREFIXES.join('|')})`)

export const bare = (specifier: string): string => specifier.replace(/^node:/, '')

/** Whether a global's name (or an alias's original) is a capability when reached: a dangerous global or `require`. */
export const isDangerousName = (name: string): boolean => name in DANGEROUS_GLOBALS || name === 'require'

/** The capability a dangerous global or `require` stands for. */
export const capabilityOf = (name: string): SecurityCapability =>
  name === 'require' ? 'dynamic-import' : DANGEROUS_GLOBALS[name]!.capability

/**
 * What local names stand for in one module: fs modules, fs write functions, aliases of dangerous
 * globals and of `require`, the global object. The scan's first pass fills it wherever the names
 * are declared, so its second pass sees a use before the declaration too.
 */
export class ModuleNames {
  /** Local names bound to an fs module (`fs`, `fsp`, `promises`), whose write methods are writes. */
  readonly fsNames = new Set<string>()
  /** Local names bound to an fs write function (`writeFileSync`, or an alias of it). */
  readonly fsWriteNames = new Set<string>()
  /** Local aliases of dangerous globals and of `require`. */
  readonly aliases = new Map<string, string>()
  /** Local names for the global object (`const g = globalThis`). */
  readonly globalObjects = new Set(GLOBAL_OBJECTS)

  constructor(private readonly ts: typeof TypeScript) {}

  /** The expression without parentheses, casts, `!` and `satisfies`; `(0, x)` is `x`. */
  unwrap(node: TypeScript.Expression): TypeScript.Expression {
    const ts = this.ts
    let current = node
    for (;;) {
      if (
        ts.isParenthesizedExpression(current) ||
        ts.isAsExpression(current) ||
        ts.isNonNullExpression(current) ||
        ts.isTypeAssertionExpression(current) ||
        ts.isSatisfiesExpression(current)
      )
        current = current.expression
      else if (ts.isBinaryExpression(current) && current.operatorToken.kind === ts.SyntaxKind.CommaToken) current = current.right
      else return current
    }
  }

  /** `x.name` or `x["name"]`: the object and the (literal) name; a computed key gives no name. */
  member(node: TypeScript.Expression): { object: TypeScript.Expression; name?: string } | undefined {
    const ts = this.ts
    const inner = this.unwrap(node)
    if (ts.isPropertyAccessExpression(inner)) return { object: this.unwrap(inner.expression), name: inner.name.text }
    if (ts.isElementAccessExpression(inner))
      return {
        object: this.unwrap(inner.expression),
        name: ts.isStringLiteralLike(inner.argumentExpression) ? inner.argumentExpression.text : undefined
      }
    return undefined
  }

  /** The global a callee names: `eval`, `globalThis.eval`, an alias of `fetch`. */
  globalName(node: TypeScript.Expression): string | undefined {
    const ts = this.ts
    const inner = this.unwrap(node)
    if (ts.isIdentifier(inner)) return this.aliases.get(inner.text) ?? inner.text
    const access = this.member(inner)
    if (access?.name && ts.isIdentifier(access.object) && this.globalObjects.has(access.object.text)) return access.name
    // `module.require(x)` and `process.mainModule.require(x)` are require.
    if (access?.name === 'require' && ts.isIdentifier(access.object) && access.object.text === 'module') return 'require'
    return undefined
  }

  /** Whether an expression is a bare name for the global object (`globalThis`, `const g = globalThis`). */
  isGlobalObject(node: TypeScript.Expression): boolean {
    return this.ts.isIdentifier(node) && this.globalObjects.has(node.text)
  }

  /** Whether a timer's first argument is surely a function, not a string of code. */
  isFunctionLike(node: TypeScript.Expression): boolean {
    const ts = this.ts
    // A cast (`code as any`) is how a string gets past the type checker into a timer.
    if (ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) return false
    const inner = this.unwrap(node)
    return (
      ts.isArrowFunction(inner) ||
      ts.isFunctionExpression(inner) ||
      (ts.isIdentifier(inner) && !this.aliases.has(inner.text)) ||
      ts.isPropertyAccessExpression(inner) ||
      ts.isCallExpression(inner)
    )
  }

  /** `require("fs")` (or an alias of require): the module it loads. */
  requiredModule(node: TypeScript.Expression): string | undefined {
    const ts = this.ts
    const inner = this.unwrap(node)
    if (!ts.isCallExpression(inner) || this.globalName(inner.expression) !== 'require') return undefined
    const first = inner.arguments[0]
    return first && ts.isStringLiteralLike(first) ? first.text : undefined
  }

  /** Whether an expression is an fs module (a bound name, `require("fs")`, `fs.promises`). */
  isFsObject(node: TypeScript.Expression): boolean {
    const inner = this.unwrap(node)
    if (this.ts.isIdentifier(inner)) return this.fsNames.has(inner.text)
    const required = this.requiredModule(inner)
    if (required !== undefined) return FS_MODULES.has(bare(required))
    const access = this.member(inner)
    return access?.name === 'promises' && this.isFsObject(access.object)
  }

  /** Whether a member access is an fs write method (`fs.writeFileSync`, `fs["rm"]`). */
  isFsWriteMethod(
    access: { object: TypeScript.Expression; name?: string } | undefined
  ): access is { object: TypeScript.Expression; name: string } {
    return !!access?.name && FS_WRITES.test(access.name) && this.isFsObject(access.object)
  }
}
