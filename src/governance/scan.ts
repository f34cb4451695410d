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

const PROCESS_MODULES = new Set(['child_process', 'worker_threads', 'cluster', 'vm'])
const NETWORK_MODULES = new Set(['net', 'http', 'https', 'http2', 'dgram', 'tls', 'dns', 'dns/promises', 'undici'])
const NETWORK_GLOBALS = new Set(['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'])
const FS_MODULES = new Set(['fs', 'fs/promises'])
const FS_WRITES = /^(write|append|mkdir|mkdtemp|rm|rmdir|unlink|rename|copyFile|cp|truncate|ftruncate|chmod|lchmod|chown|lchown|fchmod|fchown|symlink|link|utimes|lutimes|futimes|createWriteStream|open|opendir)/
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

/**
 * Reads a TypeScript module (without running it) for what it may do: start processes, evaluate
 * strings as code, import by a computed name, write files, reach the network. File reads, pure
 * computation and literal imports of declared packages are ordinary code.
 */
export function scanModule(fileName: string, text: string): ScannedModule {
  const ts = compiler()
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const findings: CodeFinding[] = []
  const packages: ScannedModule['packages'] = []
  const fsNames = new Set<string>()
  const fsWriteNames = new Set<string>()
  const at = (node: TypeScript.Node) => {
    const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source))
    return { line: line + 1, column: character + 1 }
  }
  const flag = (capability: SecurityCapability, what: string, node: TypeScript.Node) => findings.push({ capability, what, ...at(node) })

  const imported = (specifier: string, node: TypeScript.Node, bindings?: { namespace?: string; named?: string[] }) => {
    const name = bare(specifier)
    if (PROCESS_MODULES.has(name)) flag('process', `imports ${specifier}`, node)
    else if (NETWORK_MODULES.has(name)) flag('network', `imports ${specifier}`, node)
    else if (FS_MODULES.has(name)) {
      if (bindings?.namespace) fsNames.add(bindings.namespace)
      for (const named of bindings?.named ?? []) if (FS_WRITES.test(named)) fsWriteNames.add(named)
    }
    if (!isBuiltin(specifier) && !specifier.startsWith('.') && !specifier.startsWith('/')) packages.push({ name: packageNameOf(specifier), ...at(node) })
  }

  const visit = (node: TypeScript.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause
      const namespace = clause?.name?.text ?? (clause?.namedBindings && ts.isNamespaceImport(clause.namedBindings) ? clause.namedBindings.name.text : undefined)
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements.map((element) => (element.propertyName ?? element.name).text) : []
      imported(node.moduleSpecifier.text, node, { namespace, named })
      // Aliased named imports (`import { writeFileSync as w }`) are written under their local name.
      if (clause?.namedBindings && ts.isNamedImports(clause.namedBindings)) {
        for (const element of clause.namedBindings.elements) if (FS_MODULES.has(bare(node.moduleSpecifier.text)) && FS_WRITES.test((element.propertyName ?? element.name).text)) fsWriteNames.add(element.name.text)
      }
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      imported(node.moduleReference.expression.text, node, { namespace: node.name.text })
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      imported(node.moduleSpecifier.text, node)
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression
      const first = node.arguments[0]
      if (ts.isIdentifier(callee) && callee.text === 'require' || callee.kind === ts.SyntaxKind.ImportKeyword) {
        if (first && ts.isStringLiteralLike(first)) {
          const parent = node.parent
          const namespace = parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name) ? parent.name.text : undefined
          const named = parent && ts.isVariableDeclaration(parent) && ts.isObjectBindingPattern(parent.name)
            ? parent.name.elements.map((element) => (element.propertyName && ts.isIdentifier(element.propertyName) ? element.propertyName.text : ts.isIdentifier(element.name) ? element.name.text : ''))
            : []
          imported(first.text, node, { namespace, named })
        } else flag('dynamic-import', `${ts.isIdentifier(callee) ? 'require' : 'import'}() of a computed name`, node)
      } else if (ts.isIdentifier(callee) && callee.text === 'eval') flag('eval', 'eval()', node)
      else if (ts.isIdentifier(callee) && callee.text === 'Function') flag('eval', 'Function()', node)
      else if (ts.isIdentifier(callee) && NETWORK_GLOBALS.has(callee.text)) flag('network', `${callee.text}()`, node)
      else if (ts.isIdentifier(callee) && fsWriteNames.has(callee.text)) flag('fs-write', `${callee.text}()`, node)
      else if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && fsNames.has(callee.expression.text) && FS_WRITES.test(callee.name.text)) flag('fs-write', `${callee.expression.text}.${callee.name.text}()`, node)
      else if (ts.isPropertyAccessExpression(callee) && ts.isPropertyAccessExpression(callee.expression) && ts.isIdentifier(callee.expression.expression) && fsNames.has(callee.expression.expression.text) && callee.expression.name.text === 'promises' && FS_WRITES.test(callee.name.text)) flag('fs-write', `${callee.expression.expression.text}.promises.${callee.name.text}()`, node)
    } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression)) {
      if (node.expression.text === 'Function') flag('eval', 'new Function()', node)
      else if (NETWORK_GLOBALS.has(node.expression.text)) flag('network', `new ${node.expression.text}()`, node)
    } else if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'process' && ['binding', 'dlopen', '_linkedBinding'].includes(node.name.text)) {
      flag('process', `process.${node.name.text}`, node)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return { findings, packages }
}
