'use strict'
// Lists the functions of src/ longer than a limit (default: the lint rule's, 60 lines), longest
// first: the ones to split where they change most. It measures as `npm run lint` does
// (scripts/function-length.js): blank lines and comment-only lines do not count.
//   node scripts/long-functions.js [--limit 40] [--exclude src/generators/synthesis ...]
const path = require('node:path')
const { ESLint } = require('eslint')
const functionLength = require('./function-length')

const root = path.join(__dirname, '..')
const args = process.argv.slice(2)
const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : functionLength.limit
const excluded = args.flatMap((arg, index) => (args[index - 1] === '--exclude' ? [path.relative(root, path.resolve(root, arg))] : []))
const rule = 'max-lines-per-function'

async function main() {
  const eslint = new ESLint({
    cwd: root,
    overrideConfig: [
      {
        files: functionLength.files,
        ignores: [...functionLength.ignores, ...excluded.map((folder) => `${folder}/**`)],
        rules: { [rule]: ['error', { ...functionLength.measure, max: limit }] }
      }
    ],
    ruleFilter: ({ ruleId }) => ruleId === rule
  })
  const found = []
  for (const result of await eslint.lintFiles(functionLength.files)) {
    for (const message of result.messages) {
      if (message.ruleId !== rule) continue
      // "Function 'name' has too many lines (72). Maximum allowed is 60."
      const [, name = '(anonymous)'] = /'([^']+)'/.exec(message.message) ?? []
      const lines = Number(/\((\d+)\)/.exec(message.message)?.[1])
      found.push({ where: `${path.relative(root, result.filePath)}:${message.line}`, name, lines })
    }
  }
  found.sort((a, b) => b.lines - a.lines || a.where.localeCompare(b.where))
  for (const { where, name, lines } of found) process.stdout.write(`${String(lines).padStart(4)}  ${name}  ${where}\n`)
  process.stdout.write(`${found.length} functions over ${limit} lines\n`)
}

main().catch((error) => {
  process.stderr.write(`${error.message}\n`)
  process.exitCode = 2
})
