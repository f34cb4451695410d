import { builtinModules } from 'node:module'
import type * as TypeScript from 'typescript'
import { compiler } from '../compiler'
import type { SecurityCapability } from './policy'
import { bare, capabilityOf, DANGEROUS_GLOBALS, FS_MODULES, FS_WRITES, isDangerousName, ModuleNames } from './scan-names'

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
const BUILTINS = new Set(builtinModules)

/** `lodash/fp` → `lodash`, `@scope/pkg/x` → `@scope/pkg`. */
function packageNameOf(specifier: string): string {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!
}

function isBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || BUILTINS.has(specifier) || BUILTINS.has(packageNameOf(specifier))
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
  const scan = new ModuleScan(ts, source)
  // First what names stand for, wherever they are declared; then what the code does with them.
  scan.bind(source)
  scan.visit(source)
  return { findings: scan.findings, packages: scan.packages }
}

/** The names a module imports from a module: its namespace (or default) name and its named imports. */
interface ImportBindings {
  namespace?: string
  named?: { imported: string; local: string }[]
}

/** Callees whose `.call()`, `.apply()` and `.bind()` reach the same capability as calling them. */
const REBOUND_CALLEES = ['require', ...Object.keys(DANGEROUS_GLOBALS)]

/** One scan of one module: its two passes over the syntax tree and what they found. */
class ModuleScan {
  readonly findings: CodeFinding[] = []
  readonly packages: ScannedModule['packages'] = []
  private readonly names: ModuleNames

  constructor(
    private readonly ts: typeof TypeScript,
    private readonly source: TypeScript.SourceFile
  ) {
    this.names = new ModuleNames(ts)
  }

  private at(node: TypeScript.Node) {
    const { line, character } = this.source.getLineAndCharacterOfPosition(node.getStart(this.source))
    return { line: line + 1, column: character + 1 }
  }

  private flag(capability: SecurityCapability, what: string, node: TypeScript.Node) {
    this.findings.push({ capability, what, ...this.at(node) })
  }

  /** A module the code loads: what loading it may do, the fs names it binds, the package it is. */
  private imported(specifier: string, node: TypeScript.Node, bindings?: ImportBindings) {
    const name = bare(specifier)
    if (/^(data|https?|blob):/.test(specifier)) this.flag('eval', `imports code from a ${specifier.split(':')[0]}: URL`, node)
    else if (PROCESS_MODULES.has(name)) this.flag('process', `imports ${specifier}`, node)
    else if (LOADER_MODULES.has(name)) this.flag('dynamic-import', `imports ${specifier} (Node's module loader)`, node)
    else if (NETWORK_MODULES.has(name)) this.flag('network', `imports ${specifier}`, node)
    else if (FS_MODULES.has(name)) this.bindFs(bindings)
    const packageName = importedPackage(specifier)
    if (packageName !== undefined) this.packages.push({ name: packageName, ...this.at(node) })
  }

  private bindFs(bindings: ImportBindings | undefined) {
    if (bindings?.namespace) this.names.fsNames.add(bindings.namespace)
    for (const { imported: original, local } of bindings?.named ?? []) {
      if (FS_WRITES.test(original)) this.names.fsWriteNames.add(local)
      if (original === 'promises' || original === 'default') this.names.fsNames.add(local)
    }
  }

  /** The first pass: what names stand for (imports, requires, aliases). */
  bind(node: TypeScript.Node): void {
    const ts = this.ts
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier))
      this.imported(node.moduleSpecifier.text, node, importClauseBindings(ts, node.importClause))
    else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    )
      this.imported(node.moduleReference.expression.text, node, { namespace: node.name.text })
    else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier))
      this.imported(node.moduleSpecifier.text, node)
    else if (ts.isVariableDeclaration(node) && node.initializer) this.bindVariable(node.name, this.names.unwrap(node.initializer))
    ts.forEachChild(node, (child) => this.bind(child))
  }

  private bindVariable(name: TypeScript.BindingName, initializer: TypeScript.Expression) {
    const ts = this.ts
    const required = this.names.requiredModule(initializer)
    if (required !== undefined)
      this.imported(required, initializer, {
        namespace: ts.isIdentifier(name) ? name.text : undefined,
        named: ts.isObjectBindingPattern(name) ? destructuredNames(ts, name) : []
      })
    else if (ts.isObjectBindingPattern(name)) this.bindDestructured(name, initializer)
    else if (ts.isIdentifier(name)) this.bindAlias(name.text, initializer)
  }

  /** `const { writeFileSync } = fs`, `const { fetch: f } = globalThis` */
  private bindDestructured(pattern: TypeScript.ObjectBindingPattern, initializer: TypeScript.Expression) {
    const fromFs = this.names.isFsObject(initializer)
    const fromGlobal = this.names.isGlobalObject(initializer)
    for (const { imported: original, local } of destructuredNames(this.ts, pattern)) {
      if (fromFs && FS_WRITES.test(original)) this.names.fsWriteNames.add(local)
      if (fromFs && original === 'promises') this.names.fsNames.add(local)
      if (fromGlobal && isDangerousName(original)) this.names.aliases.set(local, original)
    }
  }

  /** `const g = globalThis`, `const f = fetch`, `const w = fs.writeFileSync`, `const p = fs.promises` */
  private bindAlias(local: string, initializer: TypeScript.Expression) {
    const names = this.names
    if (names.isGlobalObject(initializer)) names.globalObjects.add(local)
    const original = names.globalName(initializer)
    if (original !== undefined && isDangerousName(original)) names.aliases.set(local, original)
    if (names.isFsObject(initializer)) names.fsNames.add(local)
    else if (names.isFsWriteMethod(names.member(initializer))) names.fsWriteNames.add(local)
  }

  /** The second pass: what the code does with the names. */
  visit(node: TypeScript.Node): void {
    const ts = this.ts
    if (ts.isCallExpression(node)) this.visitCall(node)
    else if (ts.isNewExpression(node)) {
      const name = this.names.globalName(node.expression)
      if (name !== undefined && Object.hasOwn(DANGEROUS_GLOBALS, name))
        this.flag(DANGEROUS_GLOBALS[name]!.capability, `new ${DANGEROUS_GLOBALS[name]!.what.replace('()', '')}()`, node)
    } else if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) this.visitAccess(node)
    ts.forEachChild(node, (child) => this.visit(child))
  }

  private visitCall(node: TypeScript.CallExpression) {
    const ts = this.ts
    const callee = this.names.unwrap(node.expression)
    const first = node.arguments[0]
    const name = this.names.globalName(callee)
    if (name === 'require' || callee.kind === ts.SyntaxKind.ImportKeyword) {
      if (!first || !ts.isStringLiteralLike(first))
        this.flag('dynamic-import', `${name === 'require' ? 'require' : 'import'}() of a computed name`, node)
      // `const x = require("y")` was seen by the first pass.
      else if (!(ts.isVariableDeclaration(node.parent) && node.parent.initializer === node)) this.imported(first.text, node)
    } else if (name !== undefined && Object.hasOwn(DANGEROUS_GLOBALS, name))
      this.flag(DANGEROUS_GLOBALS[name]!.capability, DANGEROUS_GLOBALS[name]!.what, node)
    else if (name !== undefined && TIMERS.has(name) && first && !this.names.isFunctionLike(first))
      this.flag('eval', `${name}() with something that may be a string of code`, node)
    else if (name === 'createRequire') this.flag('dynamic-import', 'createRequire(): a require() the scan cannot follow', node)
    else if (ts.isIdentifier(callee) && this.names.fsWriteNames.has(callee.text)) this.flag('fs-write', `${callee.text}()`, node)
    else this.visitMethodCall(node, callee, first)
  }

  /** `fs.writeFileSync(…)`, `f.constructor(…)`, `eval.call(…)`, `Reflect.apply(eval, …)` */
  private visitMethodCall(node: TypeScript.CallExpression, callee: TypeScript.Expression, first: TypeScript.Expression | undefined) {
    const ts = this.ts
    const access = this.names.member(callee)
    if (this.names.isFsWriteMethod(access)) this.flag('fs-write', `${access.object.getText(this.source)}.${access.name}()`, node)
    else if (access?.name === 'constructor') this.flag('eval', '.constructor(): the Function constructor reached through a function', node)
    else if (access?.name === 'getBuiltinModule' && ts.isIdentifier(access.object) && access.object.text === 'process')
      this.flag('dynamic-import', 'process.getBuiltinModule(): a module the scan cannot follow', node)
    else if (
      (access?.name === 'call' || access?.name === 'apply' || access?.name === 'bind') &&
      REBOUND_CALLEES.includes(this.names.globalName(access.object) ?? '')
    ) {
      const reboundName = this.names.globalName(access.object)!
      this.flag(capabilityOf(reboundName), `${reboundName}.${access.name}()`, node)
    } else if (
      access?.name &&
      ['get', 'apply', 'construct'].includes(access.name) &&
      ts.isIdentifier(access.object) &&
      access.object.text === 'Reflect' &&
      first
    )
      this.visitReflect(node, access.name, first)
  }

  /** Reflect.get(fs, "writeFileSync"), Reflect.apply(eval, …): the same reach, spelled differently. */
  private visitReflect(node: TypeScript.CallExpression, method: string, first: TypeScript.Expression) {
    const target = this.names.unwrap(first)
    const targetName = this.names.globalName(target)
    if (this.names.isFsObject(target)) this.flag('fs-write', `Reflect.${method}() on fs`, node)
    else if (this.names.isGlobalObject(target)) this.flag('eval', `Reflect.${method}() on the global object`, node)
    else if (targetName !== undefined && isDangerousName(targetName))
      this.flag(capabilityOf(targetName), `Reflect.${method}(${targetName})`, node)
  }

  /** `process.binding`, `._load`, `globalThis[…]`, `fs[…]`: reach through a property. */
  private visitAccess(node: TypeScript.PropertyAccessExpression | TypeScript.ElementAccessExpression) {
    const access = this.names.member(node)
    if (!access) return
    const objectName = this.ts.isIdentifier(access.object) ? access.object.text : undefined
    if (access.name && objectName === 'process' && (PROCESS_INTERNALS.has(access.name) || access.name === 'mainModule'))
      this.flag(access.name === 'mainModule' ? 'dynamic-import' : 'process', `process.${access.name}`, node)
    else if (access.name && LOADER_INTERNALS.has(access.name)) this.flag('dynamic-import', `.${access.name} (Node's module loader)`, node)
    else if (
      !access.name &&
      objectName !== undefined &&
      (this.names.globalObjects.has(objectName) || objectName === 'process' || objectName === 'module' || objectName === 'require')
    )
      this.flag('eval', `${objectName}[…] with a computed key`, node)
    else if (!access.name && this.names.isFsObject(access.object))
      this.flag('fs-write', `${access.object.getText(this.source)}[…] with a computed key`, node)
  }
}

/** The package an import names, if it names one: a path into node_modules counts, built-ins, relative paths and URLs do not. */
function importedPackage(specifier: string): string | undefined {
  const throughNodeModules = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(specifier)
  if (throughNodeModules) return throughNodeModules[1]!
  if (/^(data|https?|blob|file):/.test(specifier) || isBuiltin(specifier) || specifier.startsWith('.') || specifier.startsWith('/'))
    return undefined
  return packageNameOf(specifier)
}

/** `import fs from …`, `import * as fs from …`, `import { writeFileSync as w } from …` */
function importClauseBindings(ts: typeof TypeScript, clause: TypeScript.ImportClause | undefined): ImportBindings {
  const namedBindings = clause?.namedBindings
  const namespace = clause?.name?.text ?? (namedBindings && ts.isNamespaceImport(namedBindings) ? namedBindings.name.text : undefined)
  const named =
    namedBindings && ts.isNamedImports(namedBindings)
      ? namedBindings.elements.map((element) => ({ imported: (element.propertyName ?? element.name).text, local: element.name.text }))
      : []
  return { namespace, named }
}

/** `const { writeFileSync: w, promises } = …`: each plain name destructured, with the property it comes from. */
function destructuredNames(ts: typeof TypeScript, pattern: TypeScript.ObjectBindingPattern): { imported: string; local: string }[] {
  return pattern.elements.flatMap((element) =>
    ts.isIdentifier(element.name)
      ? [
          {
            imported: element.propertyName && ts.isIdentifier(element.propertyName) ? element.propertyName.text : element.name.text,
            local: element.name.text
          }
        ]
      : []
  )
}
