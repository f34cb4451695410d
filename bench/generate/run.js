'use strict'
// bench/generate: `specloop generate --steps-only` against `cucumber-js --dry-run --format snippets`
// on the synthetic 10,000-scenario suite of bench/check with all step definitions removed.
// Prints the median times (runs alternate), the number of step definitions each produces, and
// checks that the generated definitions match every step exactly once (`specloop check`).
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const { specloopBin, cucumberBin, timeCommand, median, alternate } = require('../lib')
const { writeSyntheticProject } = require('../check/synthetic')

const runs = Number(process.env.BENCH_RUNS ?? 3)
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-bench-generate-'))
let projects = 0
/** A fresh copy of the suite for every generate run: a second run on the same project writes nothing. */
const freshProject = () => {
  const directory = path.join(root, `suite${projects++}`)
  return { directory, shape: writeSyntheticProject(directory, { withStepDefinitions: false }) }
}

const { directory: snippetsProject, shape } = freshProject()
console.log(`synthetic suite: ${shape.scenarios} scenarios, ${shape.features} feature files, no step definitions`)

let lastGenerated
let lastSnippets
const samples = alternate(
  {
    'specloop generate --steps-only': () => {
      const { directory } = freshProject()
      const { milliseconds, result } = timeCommand(process.execPath, [specloopBin, 'generate', '--steps-only', '--format', 'json'], {
        cwd: directory,
        expectExit: 0
      })
      lastGenerated = { directory, result: JSON.parse(result.stdout) }
      return milliseconds
    },
    'cucumber-js --dry-run --format snippets': () => {
      const { milliseconds, result } = timeCommand(process.execPath, [cucumberBin, '--dry-run', '--format', 'snippets'], {
        cwd: snippetsProject
      })
      lastSnippets = result.stdout
      return milliseconds
    }
  },
  runs
)

const snippets = lastSnippets
  .split(/\n\n(?=(?:Given|When|Then)\()/)
  .map((snippet) => snippet.trim())
  .filter((snippet) => /^(Given|When|Then)\(/.test(snippet))
const firstLines = snippets.map((snippet) => snippet.slice(0, snippet.indexOf('\n')))
const distinctSnippets = new Set(firstLines).size
// The same expression under two keywords: pasting both snippets would make the step ambiguous.
const distinctExpressions = new Set(firstLines.map((line) => line.replace(/^(Given|When|Then)\(/, ''))).size
const generated = lastGenerated.result.counts
const checked = timeCommand(process.execPath, [specloopBin, 'check', '--format', 'json'], { cwd: lastGenerated.directory })
const check = JSON.parse(checked.result.stdout)

const ours = median(samples['specloop generate --steps-only'])
const theirs = median(samples['cucumber-js --dry-run --format snippets'])
const seconds = (values) => values.map((ms) => (ms / 1000).toFixed(2)).join(', ')
console.log(
  `specloop generate --steps-only:         median ${(ours / 1000).toFixed(2)} s  (${seconds(samples['specloop generate --steps-only'])})`
)
console.log(
  `cucumber-js --dry-run --format snippets: median ${(theirs / 1000).toFixed(2)} s  (${seconds(samples['cucumber-js --dry-run --format snippets'])})`
)
console.log(`ratio generate/snippets: ${(ours / theirs).toFixed(2)}`)
console.log(
  `step definitions: specloop writes ${generated.stepDefinitions} (for ${generated.undefinedTexts} distinct undefined step texts, ${generated.operations} operations);`
)
console.log(
  `  cucumber-js prints ${snippets.length} snippets (one per undefined step, untyped), ${distinctSnippets} distinct, for ${distinctExpressions} distinct expressions` +
    (distinctExpressions < distinctSnippets
      ? ` (${distinctSnippets - distinctExpressions} would be ambiguous if pasted: the same expression under another keyword)`
      : '')
)
console.log(
  `after generate, specloop check: ${check.undefinedSteps.length} undefined, ${check.ambiguousSteps.length} ambiguous, ${check.counts.steps} steps bound`
)
fs.rmSync(root, { recursive: true, force: true })
if (check.undefinedSteps.length > 0 || check.ambiguousSteps.length > 0) process.exitCode = 1
