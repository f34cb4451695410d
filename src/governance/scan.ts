import { builtinModules } from 'node:module'
import type * as TypeScript from 'typescript'
import { compiler } from '../compiler'
import type { SecurityCapability } from './policy'

/** One thing generated code does that the policy must allow, located in the file. */
export interface CodeFinding {
  capability: SecurityCapability
  what: string
  line: number
  column: number
}

export interface ScannedModule {
  findings: CodeFinding[]
  /** Packages imported or required with a literal name (built-ins excluded), with where. */
  packages: { name: string; line: number; column: number }[]
}

const PROCESS_MODULES = new Set(['child_process', 'worker_threads', 'cluster', 'vm', 'inspector', 'inspector/promises', 'repl', 'wasi'])
/** Node's module system itself: with it, code loads whatever it names at run time. */
const LOADER_MODULES = new Set(['module'])
const NETWORK_MODULES = new Set(['net', 'http', 'https', 'http2', 'dgram', 'tls', 'dns', 'dns/promises', 'undici'])
const FS_MODULES = new Set(['fs', 'fs/promises'])
const FS_WRITES =
  /^(write|append|mkdir|mkdtemp|rm|rmdir|unlink|rename|copyFile|cp|truncate|ftruncate|chmod|lchmod|chown|lchown|fchmod|fchown|symlink|link|utimes|lutimes|futimes|createWriteStream|open|opendir)/
const BUILTINS = new Set(builtinModules)

const bare = (specifier: string): string => specifier.replace(/^node:/, '')

/** `lodash/fp` → `lodash`, `@scope/pkg/x` → `@scope/pkg`. */
export function packageNameOf(specifier: string): string {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!
}

function isBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || BUILTINS.has(specifier) || BUILTINS.has(packageNameOf(specifier))
}

/** Names under which the global object is reached. */
const GLOBAL_OBJECTS = new Set(['globalThis', 'global', 'window', 'self'])
/** Globals that are themselves a capability when called (or aliased and called). */
const DANGEROUS_GLOBALS: Record<string, { capability: SecurityCapability; what: string }> = {
  eval: { capability: 'eval', what: 'eval()' },
  Function: { capability: 'eval', what: 'Function()' },
  fetch: { capability: 'network', what: 'fetch()' },
  XMLHttpRequest: { capability: 'network', what: 'XMLHttpRequest' },
  WebSocket: { capability: 'network', what: 'WebSocket' },
  EventSource: { capability: 'network', what: 'EventSource' }
}
const TIMERS = new Set(['setTimeout', 'setInterval', 'setImmediate'])
const PROCESS_INTERNALS = new Set(['binding', 'dlopen', '_linkedBinding'])
const LOADER_INTERNALS = new Set(['_load', '_resolveFilename', '_compile'])

/**
 * Reads a TypeScript module (without running it) for what it may do: start processes, evaluate
 * strings as code, import by a computed name, write files, reach the network. File reads, pure
 * computation and literal imports of declared packages are ordinary code. It sees through
 * casts, parentheses, `globalThis.`, aliases (`const f = fetch`) and string-keyed access
 * (`fs["writeFileSync"]`); it is a policy check on ordinary code, not a sandbox: code written to
 * hide what it does is stopped at run time by the sandbox, not here.
 */
export function scanModule(fileName: string, text: string): ScannedModule {
  const ts = compiler()
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const findings: CodeFinding[] = []
  const packages: ScannedModule['packages'] = []
  /** Local names bound to an fs module (`fs`, `fsp`, `promises`), whose write methods are writes. */
  const fsNames = new Set<string>()
  /** Local names bound to an fs write function (`writeFileSync`, or an alias of it). */
  const fsWriteNames = new Set<string>()
  /** Local aliases of dangerous globals and of `require`. */
  const aliases = new Map<string, string>()
  /** Local names for the global object (`const g = globalThis`). */
  const globalObjects = new Set(GLOBAL_OBJECTS)
  const at = (node: TypeScript.Node) => {
    const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source))
    return { line: line + 1, column: character + 1 }
  }
  const flag = (capability: SecurityCapability, what: string, node: TypeScript.Node) => findings.push({ capability, what, ...at(node) })

  /** The expression without parentheses, casts, `!` and `satisfies`; `(0, x)` is `x`. */
  const unwrap = (node: TypeScript.Expression): TypeScript.Expression => {
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
  const member = (node: TypeScript.Expression): { object: TypeScript.Expression; name?: string } | undefined => {
    const inner = unwrap(node)
    if (ts.isPropertyAccessExpression(inner)) return { object: unwrap(inner.expression), name: inner.name.text }
    if (ts.isElementAccessExpression(inner))
      return {
        object: unwrap(inner.expression),
        name: ts.isStringLiteralLike(inner.argumentExpression) ? inner.argumentExpression.text : undefined
      }
    return undefined
  }
  /** The global a callee names: `eval`, `globalThis.eval`, an alias of `fetch`. */
  const globalName = (node: TypeScript.Expression): string | undefined => {
    const inner = unwrap(node)
    if (ts.isIdentifier(inner)) return aliases.get(inner.text) ?? inner.text
    const access = member(inner)
    if (access?.name && ts.isIdentifier(access.object) && globalObjects.has(access.object.text)) return access.name
    // `module.require(x)` and `process.mainModule.require(x)` are require.
    if (access?.name === 'require' && ts.isIdentifier(access.object) && access.object.text === 'module') return 'require'
    return undefined
  }
  const isFsModule = (specifier: string) => FS_MODULES.has(bare(specifier))
  const isFunctionLike = (node: TypeScript.Expression) => {
    // A cast (`code as any`) is how a string gets past the type checker into a timer.
    if (ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) return false
    const inner = unwrap(node)
    return (
      ts.isArrowFunction(inner) ||
      ts.isFunctionExpression(inner) ||
      (ts.isIdentifier(inner) && !aliases.has(inner.text)) ||
      ts.isPropertyAccessExpression(inner) ||
      ts.isCallExpression(inner)
    )
  }
  /** `require("fs")` (or an alias of require): the module it loads. */
  const requiredModule = (node: TypeScript.Expression): string | undefined => {
    const inner = unwrap(node)
    if (!ts.isCallExpression(inner) || globalName(inner.expression) !== 'require') return undefined
    const first = inner.arguments[0]
    return first && ts.isStringLiteralLike(first) ? first.text : undefined
  }
  /** Whether an expression is an fs module (a bound name, `require("fs")`, `fs.promises`). */
  const isFsObject = (node: TypeScript.Expression): boolean => {
    const inner = unwrap(node)
    if (ts.isIdentifier(inner)) return fsNames.has(inner.text)
    const required = requiredModule(inner)
    if (required !== undefined) return isFsModule(required)
    const access = member(inner)
    return access?.name === 'promises' && isFsObject(access.object)
  }

  const imported = (
    specifier: string,
    node: TypeScript.Node,
    bindings?: { namespace?: string; named?: { imported: string; local: string }[] }
  ) => {
    const name = bare(specifier)
    if (/^(data|https?|blob):/.test(specifier)) flag('eval', `imports code from a ${specifier.split(':')[0]}: URL`, node)
    else if (PROCESS_MODULES.has(name)) flag('process', `imports ${specifier}`, node)
    else if (LOADER_MODULES.has(name)) flag('dynamic-import', `imports ${specifier} (Node's module loader)`, node)
    else if (NETWORK_MODULES.has(name)) flag('network', `imports ${specifier}`, node)
    else if (FS_MODULES.has(name)) {
      if (bindings?.namespace) fsNames.add(bindings.namespace)
      for (const { imported: original, local } of bindings?.named ?? []) {
        if (FS_WRITES.test(original)) fsWriteNames.add(local)
        if (original === 'promises' || original === 'default') fsNames.add(local)
      }
    }
    // A path into node_modules is a package all the same.
    const throughNodeModules = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(specifier)
    if (throughNodeModules) packages.push({ name: throughNodeModules[1]!, ...at(node) })
    else if (
      !/^(data|https?|blob|file):/.test(specifier) &&
      !isBuiltin(specifier) &&
      !specifier.startsWith('.') &&
      !specifier.startsWith('/')
    )
      packages.push({ name: packageNameOf(specifier), ...at(node) })
  }

  // First pass: what names stand for (imports, requires, aliases), wherever they are declared.
  const bind = (node: TypeScript.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause
      const namespace =
        clause?.name?.text ??
        (clause?.namedBindings && ts.isNamespaceImport(clause.namedBindings) ? clause.namedBindings.name.text : undefined)
      const named =
        clause?.namedBindings && ts.isNamedImports(clause.namedBindings)
          ? clause.namedBindings.elements.map((element) => ({
              imported: (element.propertyName ?? element.name).text,
              local: element.name.text
            }))
          : []
      imported(node.moduleSpecifier.text, node, { namespace, named })
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    ) {
      imported(node.moduleReference.expression.text, node, { namespace: node.name.text })
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      imported(node.moduleSpecifier.text, node)
    } else if (ts.isVariableDeclaration(node) && node.initializer) {
      const initializer = unwrap(node.initializer)
      const required = requiredModule(initializer)
      if (required !== undefined) {
        const named = ts.isObjectBindingPattern(node.name)
          ? node.name.elements.flatMap((element) =>
              ts.isIdentifier(element.name)
                ? [
                    {
                      imported:
                        element.propertyName && ts.isIdentifier(element.propertyName) ? element.propertyName.text : element.name.text,
                      local: element.name.text
                    }
                  ]
                : []
            )
          : []
        imported(required, initializer, { namespace: ts.isIdentifier(node.name) ? node.name.text : undefined, named })
      } else if (ts.isObjectBindingPattern(node.name)) {
        // `const { writeFileSync } = fs`, `const { fetch: f } = globalThis`
        const fromFs = isFsObject(initializer)
        const fromGlobal = ts.isIdentifier(initializer) && globalObjects.has(initializer.text)
        for (const element of node.name.elements) {
          if (!ts.isIdentifier(element.name)) continue
          const original = element.propertyName && ts.isIdentifier(element.propertyName) ? element.propertyName.text : element.name.text
          if (fromFs && FS_WRITES.test(original)) fsWriteNames.add(element.name.text)
          if (fromFs && original === 'promises') fsNames.add(element.name.text)
          if (fromGlobal && (original in DANGEROUS_GLOBALS || original === 'require')) aliases.set(element.name.text, original)
        }
      } else if (ts.isIdentifier(node.name)) {
        if (ts.isIdentifier(initializer) && globalObjects.has(initializer.text)) globalObjects.add(node.name.text)
        const original = globalName(initializer)
        if (original !== undefined && (original in DANGEROUS_GLOBALS || original === 'require')) aliases.set(node.name.text, original)
        const access = member(initializer)
        if (isFsObject(initializer)) fsNames.add(node.name.text)
        else if (access?.name && FS_WRITES.test(access.name) && isFsObject(access.object)) fsWriteNames.add(node.name.text)
      }
    }
    ts.forEachChild(node, bind)
  }

  const visit = (node: TypeScript.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = unwrap(node.expression)
      const first = node.arguments[0]
      const name = globalName(callee)
      if (name === 'require' || callee.kind === ts.SyntaxKind.ImportKeyword) {
        if (!first || !ts.isStringLiteralLike(first))
          flag('dynamic-import', `${name === 'require' ? 'require' : 'import'}() of a computed name`, node)
        else if (!(ts.isVariableDeclaration(node.parent) && node.parent.initializer === node)) imported(first.text, node)
      } else if (name !== undefined && name in DANGEROUS_GLOBALS)
        flag(DANGEROUS_GLOBALS[name]!.capability, DANGEROUS_GLOBALS[name]!.what, node)
      else if (name !== undefined && TIMERS.has(name) && first && !isFunctionLike(first))
        flag('eval', `${name}() with something that may be a string of code`, node)
      else if (name === 'createRequire') flag('dynamic-import', 'createRequire(): a require() the scan cannot follow', node)
      else if (ts.isIdentifier(callee) && fsWriteNames.has(callee.text)) flag('fs-write', `${callee.text}()`, node)
      else {
        const access = member(callee)
        if (access?.name && FS_WRITES.test(access.name) && isFsObject(access.object))
          flag('fs-write', `${access.object.getText(source)}.${access.name}()`, node)
        else if (access?.name === 'constructor') flag('eval', '.constructor(): the Function constructor reached through a function', node)
        else if (access?.name === 'getBuiltinModule' && ts.isIdentifier(access.object) && access.object.text === 'process')
          flag('dynamic-import', 'process.getBuiltinModule(): a module the scan cannot follow', node)
        else if (
          (access?.name === 'call' || access?.name === 'apply' || access?.name === 'bind') &&
          ['require', ...Object.keys(DANGEROUS_GLOBALS)].includes(globalName(access.object) ?? '')
        )
          flag(
            globalName(access.object) === 'require' ? 'dynamic-import' : DANGEROUS_GLOBALS[globalName(access.object)!]!.capability,
            `${globalName(access.object)}.${access.name}()`,
            node
          )
        else if (
          access?.name &&
          ['get', 'apply', 'construct'].includes(access.name) &&
          ts.isIdentifier(access.object) &&
          access.object.text === 'Reflect' &&
          first
        ) {
          // Reflect.get(fs, "writeFileSync"), Reflect.apply(eval, …): the same reach, spelled differently.
          const target = unwrap(first)
          const targetName = globalName(target)
          if (isFsObject(target)) flag('fs-write', `Reflect.${access.name}() on fs`, node)
          else if (ts.isIdentifier(target) && globalObjects.has(target.text))
            flag('eval', `Reflect.${access.name}() on the global object`, node)
          else if (targetName !== undefined && (targetName in DANGEROUS_GLOBALS || targetName === 'require'))
            flag(
              targetName === 'require' ? 'dynamic-import' : DANGEROUS_GLOBALS[targetName]!.capability,
              `Reflect.${access.name}(${targetName})`,
              node
            )
        }
      }
    } else if (ts.isNewExpression(node)) {
      const name = globalName(node.expression)
      if (name !== undefined && name in DANGEROUS_GLOBALS)
        flag(DANGEROUS_GLOBALS[name]!.capability, `new ${DANGEROUS_GLOBALS[name]!.what.replace('()', '')}()`, node)
    } else if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      const access = member(node)
      if (access) {
        const objectName = ts.isIdentifier(access.object) ? access.object.text : undefined
        if (access.name && objectName === 'process' && (PROCESS_INTERNALS.has(access.name) || access.name === 'mainModule'))
          flag(access.name === 'mainModule' ? 'dynamic-import' : 'process', `process.${access.name}`, node)
        else if (access.name && LOADER_INTERNALS.has(access.name)) flag('dynamic-import', `.${access.name} (Node's module loader)`, node)
        else if (
          !access.name &&
          objectName !== undefined &&
          (globalObjects.has(objectName) || objectName === 'process' || objectName === 'module' || objectName === 'require')
        )
          flag('eval', `${objectName}[…] with a computed key`, node)
        else if (!access.name && isFsObject(access.object))
          flag('fs-write', `${access.object.getText(source)}[…] with a computed key`, node)
      }
    }
    ts.forEachChild(node, visit)
  }
  bind(source)
  visit(source)
  return { findings, packages }
}
