'use strict'
// Lists the exports of src/ (tests and testing helpers left out) that nothing outside their own
// file imports: candidates for removing, or for dropping `export`. The TypeScript language
// service finds the references in src/, steps/, generated/ and bench/'s TypeScript; a
// re-export by a module's own index.ts does not count as a use, one by the public entry points
// (src/index.ts, src/nx/index.ts) does; a name that bench/, bin/, scripts/ or examples/
// JavaScript mentions is marked, as those load dist/ by path. Slow (a minute): run it by hand.
//   node scripts/unused-exports.js
const fs = require('node:fs')
const path = require('node:path')
const ts = require('typescript')

const root = path.join(__dirname, '..')
const relative = (file) => path.relative(root, file)

function filesUnder(folder, pattern) {
  const directory = path.join(root, folder)
  if (!fs.existsSync(directory)) return []
  return fs
    .readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name) && !entry.parentPath.includes('node_modules'))
    .map((entry) => path.join(entry.parentPath, entry.name))
}

const files = ['src', 'steps', 'generated', 'bench'].flatMap((folder) => filesUnder(folder, /(?<!\.d)\.ts$/))
const javascript = ['bench', 'bin', 'scripts', 'examples', 'steps']
  .flatMap((folder) => filesUnder(folder, /\.(c|m)?js$/))
  .map((file) => fs.readFileSync(file, 'utf8'))
  .join('\n')
const publicEntries = new Set(['src/index.ts', 'src/nx/index.ts'].map((file) => path.join(root, file)))

const options = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.CommonJS,
  moduleResolution: ts.ModuleResolutionKind.Node10,
  strict: true,
  esModuleInterop: true,
  skipLibCheck: true,
  resolveJsonModule: true,
  types: ['node'],
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts']
}
const service = ts.createLanguageService(
  {
    getScriptFileNames: () => files,
    getScriptVersion: () => '1',
    getScriptSnapshot: (file) => (fs.existsSync(file) ? ts.ScriptSnapshot.fromString(fs.readFileSync(file, 'utf8')) : undefined),
    getCurrentDirectory: () => root,
    getCompilationSettings: () => options,
    getDefaultLibFileName: (settings) => ts.getDefaultLibFilePath(settings),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories
  },
  ts.createDocumentRegistry()
)
const program = service.getProgram()

function exportedNames(source) {
  const names = []
  for (const statement of source.statements) {
    if (!(ts.getCombinedModifierFlags(statement) & ts.ModifierFlags.Export)) continue
    // A type used in its own file is usually part of an exported signature: only a value is listed then.
    const isType = ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)
    if (ts.isVariableStatement(statement))
      names.push(...statement.declarationList.declarations.map((declaration) => ({ name: declaration.name, isType })))
    else if (statement.name) names.push({ name: statement.name, isType })
  }
  return names
}

/** 'public' (the package exports it), 'used' (imported elsewhere), 'tests' (only by tests), 'file' (only in its own file) or 'none'. */
function useOf(file, name) {
  const references = (service.findReferences(file, name.getStart()) ?? []).flatMap((symbol) => symbol.references)
  let inFile = false
  let byTests = false
  for (const reference of references) {
    if (reference.isDefinition) continue
    const node = ts.getTouchingPropertyName(program.getSourceFile(reference.fileName), reference.textSpan.start)
    const reExported = node.parent !== undefined && ts.isExportSpecifier(node.parent)
    if (reExported && publicEntries.has(reference.fileName)) return 'public'
    if (reExported) continue
    if (reference.fileName === file) inFile = true
    else if (reference.fileName.endsWith('.test.ts') || reference.fileName.includes(`${path.sep}testing${path.sep}`)) byTests = true
    else return 'used'
  }
  return byTests ? 'tests' : inFile ? 'file' : 'none'
}

const candidates = files.filter(
  (file) => relative(file).startsWith('src/') && !file.endsWith('.test.ts') && !file.includes(`${path.sep}testing${path.sep}`)
)
let found = 0
for (const file of candidates.filter((candidate) => !publicEntries.has(candidate))) {
  const source = program.getSourceFile(file)
  for (const { name, isType } of exportedNames(source)) {
    const use = useOf(file, name)
    if (use === 'public' || use === 'used' || use === 'tests' || (use === 'file' && isType)) continue
    const line = source.getLineAndCharacterOfPosition(name.getStart()).line + 1
    const mentioned = new RegExp(`\\b${name.text}\\b`).test(javascript) ? '  (named in JavaScript: check by hand)' : ''
    process.stdout.write(`${relative(file)}:${line}  ${name.text}  ${use === 'file' ? 'used only in its file' : 'unused'}${mentioned}\n`)
    found++
  }
}
process.stdout.write(`${found} exports nothing else imports\n`)
