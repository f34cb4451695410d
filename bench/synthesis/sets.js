'use strict'
/** The synthesis benchmark's example-table sets and how to read their operations (for every bench that uses them). */
const fs = require('node:fs')
const path = require('node:path')

const root = path.join(__dirname, '..', '..')
const dist = path.join(root, 'dist', 'src')

/** dist/ must exist: benchmarks measure the built code. */
function requireBuilt(bench) {
  if (!fs.existsSync(path.join(dist, 'generators', 'synthesis', 'index.js'))) {
    console.error(`${bench}: dist/ is missing; run \`npm run build\` first`)
    process.exit(2)
  }
  return (relative) => require(path.join(dist, relative))
}

const TABLE_SETS = [
  { name: 'blind', directory: path.join(__dirname, 'blind', 'tables') },
  { name: 'blind-b', directory: path.join(__dirname, 'blind-b', 'tables') },
  { name: 'blind-c', directory: path.join(__dirname, 'blind-c', 'tables') },
  { name: 'blind-d', directory: path.join(__dirname, 'blind-d', 'tables') },
  { name: 'blind-e', directory: path.join(__dirname, 'blind-e', 'tables') },
  { name: 'blind-f', directory: path.join(__dirname, 'blind-f', 'tables') },
  { name: 'blind-g', directory: path.join(__dirname, 'blind-g', 'tables') },
  { name: 'blind-h', directory: path.join(__dirname, 'blind-h', 'tables') },
  { name: 'blind-i', directory: path.join(__dirname, 'blind-i', 'tables') },
  { name: 'blind-j', directory: path.join(__dirname, 'blind-j', 'tables') },
  { name: 'blind-k', directory: path.join(__dirname, 'blind-k', 'tables') },
  { name: 'blind-l', directory: path.join(__dirname, 'blind-l', 'tables') },
  { name: 'blind-m', directory: path.join(__dirname, 'blind-m', 'tables') },
  { name: 'blind-n', directory: path.join(__dirname, 'blind-n', 'tables') },
  { name: 'blind-o', directory: path.join(__dirname, 'blind-o', 'tables') },
  { name: 'blind-p', directory: path.join(__dirname, 'blind-p', 'tables') },
  { name: 'blind-q', directory: path.join(__dirname, 'blind-q', 'tables') },
  { name: 'blind-r', directory: path.join(__dirname, 'blind-r', 'tables') },
  { name: 'blind-s', directory: path.join(__dirname, 'blind-s', 'tables') },
  { name: 'blind-t', directory: path.join(__dirname, 'blind-t', 'tables') },
  { name: 'blind-u', directory: path.join(__dirname, 'blind-u', 'tables') },
  { name: 'blind-v', directory: path.join(__dirname, 'blind-v', 'tables') },
  { name: 'blind-w', directory: path.join(__dirname, 'blind-w', 'tables') },
  { name: 'blind-x', directory: path.join(__dirname, 'blind-x', 'tables') },
  { name: 'blind-y', directory: path.join(__dirname, 'blind-y', 'tables') },
  { name: 'blind-z', directory: path.join(__dirname, 'blind-z', 'tables') },
  { name: 'blind-aa', directory: path.join(__dirname, 'blind-aa', 'tables') },
  { name: 'blind-ab', directory: path.join(__dirname, 'blind-ab', 'tables') },
  { name: 'blind-ac', directory: path.join(__dirname, 'blind-ac', 'tables') },
  { name: 'blind-ad', directory: path.join(__dirname, 'blind-ad', 'tables') },
  { name: 'blind-ae', directory: path.join(__dirname, 'blind-ae', 'tables') },
  { name: 'blind-af', directory: path.join(__dirname, 'blind-af', 'tables') },
  { name: 'blind-ag', directory: path.join(__dirname, 'blind-ag', 'tables') },
  { name: 'blind-ah', directory: path.join(__dirname, 'blind-ah', 'tables') },
  { name: 'blind-ai', directory: path.join(__dirname, 'blind-ai', 'tables') },
  { name: 'blind-aj', directory: path.join(__dirname, 'blind-aj', 'tables') },
  { name: 'outside', directory: path.join(root, '..', 'shared', 'synthesis', 'outside') },
  { name: 'development', directory: path.join(__dirname, 'specs', 'tables') }
]

/**
 * Stateful specifications: stories whose held-out files are new sequences of the same steps. In a set
 * with `stories`, every feature is meant as a story; the outside set mixes tables and stories.
 */
const STATEFUL_SETS = [
  { name: 'blind stateful', directory: path.join(__dirname, 'blind', 'stateful'), stories: true },
  { name: 'blind-b stateful', directory: path.join(__dirname, 'blind-b', 'stateful'), stories: true },
  { name: 'blind-c stateful', directory: path.join(__dirname, 'blind-c', 'stateful'), stories: true },
  { name: 'blind-d stateful', directory: path.join(__dirname, 'blind-d', 'stateful'), stories: true },
  { name: 'blind-e stateful', directory: path.join(__dirname, 'blind-e', 'stateful'), stories: true },
  { name: 'blind-f stateful', directory: path.join(__dirname, 'blind-f', 'stateful'), stories: true },
  { name: 'blind-g stateful', directory: path.join(__dirname, 'blind-g', 'stateful'), stories: true },
  { name: 'blind-h stateful', directory: path.join(__dirname, 'blind-h', 'stateful'), stories: true },
  { name: 'blind-i stateful', directory: path.join(__dirname, 'blind-i', 'stateful'), stories: true },
  { name: 'blind-j stateful', directory: path.join(__dirname, 'blind-j', 'stateful'), stories: true },
  { name: 'blind-k stateful', directory: path.join(__dirname, 'blind-k', 'stateful'), stories: true },
  { name: 'blind-l stateful', directory: path.join(__dirname, 'blind-l', 'stateful'), stories: true },
  { name: 'blind-m stateful', directory: path.join(__dirname, 'blind-m', 'stateful'), stories: true },
  { name: 'blind-n stateful', directory: path.join(__dirname, 'blind-n', 'stateful'), stories: true },
  { name: 'blind-o stateful', directory: path.join(__dirname, 'blind-o', 'stateful'), stories: true },
  { name: 'blind-p stateful', directory: path.join(__dirname, 'blind-p', 'stateful'), stories: true },
  { name: 'blind-q stateful', directory: path.join(__dirname, 'blind-q', 'stateful'), stories: true },
  { name: 'blind-r stateful', directory: path.join(__dirname, 'blind-r', 'stateful'), stories: true },
  { name: 'blind-s stateful', directory: path.join(__dirname, 'blind-s', 'stateful'), stories: true },
  { name: 'blind-t stateful', directory: path.join(__dirname, 'blind-t', 'stateful'), stories: true },
  { name: 'blind-u stateful', directory: path.join(__dirname, 'blind-u', 'stateful'), stories: true },
  { name: 'blind-v stateful', directory: path.join(__dirname, 'blind-v', 'stateful'), stories: true },
  { name: 'blind-w stateful', directory: path.join(__dirname, 'blind-w', 'stateful'), stories: true },
  { name: 'blind-x stateful', directory: path.join(__dirname, 'blind-x', 'stateful'), stories: true },
  { name: 'blind-y stateful', directory: path.join(__dirname, 'blind-y', 'stateful'), stories: true },
  { name: 'blind-z stateful', directory: path.join(__dirname, 'blind-z', 'stateful'), stories: true },
  { name: 'blind-aa stateful', directory: path.join(__dirname, 'blind-aa', 'stateful'), stories: true },
  { name: 'blind-ab stateful', directory: path.join(__dirname, 'blind-ab', 'stateful'), stories: true },
  { name: 'blind-ac stateful', directory: path.join(__dirname, 'blind-ac', 'stateful'), stories: true },
  { name: 'blind-ad stateful', directory: path.join(__dirname, 'blind-ad', 'stateful'), stories: true },
  { name: 'blind-ae stateful', directory: path.join(__dirname, 'blind-ae', 'stateful'), stories: true },
  { name: 'blind-af stateful', directory: path.join(__dirname, 'blind-af', 'stateful'), stories: true },
  { name: 'blind-ag stateful', directory: path.join(__dirname, 'blind-ag', 'stateful'), stories: true },
  { name: 'blind-ah stateful', directory: path.join(__dirname, 'blind-ah', 'stateful'), stories: true },
  { name: 'blind-ai stateful', directory: path.join(__dirname, 'blind-ai', 'stateful'), stories: true },
  { name: 'blind-aj stateful', directory: path.join(__dirname, 'blind-aj', 'stateful'), stories: true },
  { name: 'outside stateful', directory: path.join(root, '..', 'shared', 'synthesis', 'outside') },
  { name: 'dev stateful', directory: path.join(__dirname, 'specs', 'stateful'), stories: true }
]

/** The operations of one feature file, as `specloop generate` plans them. */
function operationsOf(file) {
  const { parseFeature } = require(path.join(dist, 'gherkin'))
  const { analyseSteps } = require(path.join(dist, 'generators', 'steps'))
  const feature = parseFeature({ uri: `features/${path.basename(file)}`, data: fs.readFileSync(file, 'utf8') })
  if (feature.errors.length > 0) throw new Error(`${file}: ${feature.errors[0].message}`)
  return analyseSteps([feature], []).operations
}

module.exports = { root, dist, requireBuilt, TABLE_SETS, STATEFUL_SETS, operationsOf }
