'use strict'
// Lists the functions of src/ longer than a limit (default 60 lines), longest first: the ones to
// split where they change most. Tests and the folders given with --exclude are left out.
//   node scripts/long-functions.js [--limit 60] [--exclude src/generators/synthesis ...]
const fs = require('node:fs')
const path = require('node:path')
const ts = require('typescript')

const root = path.join(__dirname, '..')
const args = process.argv.slice(2)
const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : 60
const excluded = args.flatMap((arg, index) => (args[index - 1] === '--exclude' ? [path.resolve(root, arg)] : []))

function sourceFiles(directory) {
  return fs
    .readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !excluded.some((folder) => file.startsWith(folder + path.sep)) && !file.split(path.sep).includes('testing'))
}

function nameOf(node) {
  if (node.name) return node.name.getText()
  const parent = node.parent
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)))
    return parent.name.getText()
  return '(anonymous)'
}

const found = []
for (const file of sourceFiles(path.join(root, 'src'))) {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1
      const lines = source.getLineAndCharacterOfPosition(node.end).line + 2 - start
      if (lines > limit) found.push({ where: `${path.relative(root, file)}:${start}`, name: nameOf(node), lines })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
}
found.sort((a, b) => b.lines - a.lines)
for (const { where, name, lines } of found) process.stdout.write(`${String(lines).padStart(4)}  ${name}  ${where}\n`)
process.stdout.write(`${found.length} functions over ${limit} lines\n`)
