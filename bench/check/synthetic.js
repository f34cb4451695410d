'use strict'
// The synthetic suite used by the check, generate and report benchmarks: by default 10,000
// scenarios in 200 feature files over 300 step definitions (plain, parameterised and with
// data tables). Deterministic: the same options give the same files.
const fs = require('node:fs')
const path = require('node:path')
const { repositoryRoot } = require('../lib')

function seededRandom(seed) {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

const NOUNS = ['account', 'basket', 'invoice', 'parcel', 'ticket', 'order', 'customer', 'voucher', 'shipment', 'report']
const KEYWORDS = ['Given', 'When', 'Then']

/** The step definitions: index → { keyword, kind, expression, text(random) }. */
function defineSteps(count) {
  const definitions = []
  for (let index = 0; index < count; index++) {
    const keyword = KEYWORDS[index % 3]
    const noun = NOUNS[index % NOUNS.length]
    const kind = ['plain', 'parameterised', 'table'][Math.floor(index / 3) % 3]
    const id = `${noun} rule ${index}`
    if (kind === 'plain') {
      definitions.push({ keyword, kind, expression: `the ${id} is applied`, text: () => `the ${id} is applied` })
    } else if (kind === 'parameterised') {
      definitions.push({
        keyword,
        kind,
        expression: `the ${id} holds {int} items named {string}`,
        text: (random) => `the ${id} holds ${Math.floor(random() * 1000)} items named "${NOUNS[Math.floor(random() * NOUNS.length)]}"`
      })
    } else {
      definitions.push({ keyword, kind, expression: `the ${id} lists these entries:`, text: () => `the ${id} lists these entries:` })
    }
  }
  return definitions
}

function renderFeature(featureIndex, scenariosPerFeature, definitions, random) {
  const lines = [`@suite${featureIndex % 7}`, `Feature: synthetic feature ${featureIndex}`, '  Generated for benchmarks.', '']
  for (let scenario = 0; scenario < scenariosPerFeature; scenario++) {
    if (scenario % 5 === 0) lines.push(`  @tag${scenario % 4}`)
    lines.push(`  Scenario: scenario ${featureIndex}-${scenario}`)
    for (const keyword of ['Given', 'Given', 'When', 'Then', 'Then']) {
      const candidates = definitions.filter((definition) => definition.keyword === keyword)
      const definition = candidates[Math.floor(random() * candidates.length)]
      lines.push(
        `    ${keyword === 'Given' && lines[lines.length - 1].trim().startsWith('Given') ? 'And' : keyword} ${definition.text(random)}`
      )
      if (definition.kind === 'table')
        lines.push('      | name | amount |', `      | a${scenario} | ${scenario} |`, `      | b${scenario} | ${scenario * 2} |`)
    }
    lines.push('')
  }
  return lines.join('\n')
}

function renderStepFile(definitions) {
  const used = new Set(definitions.map((definition) => definition.keyword))
  const lines = [`import { ${[...used].sort().join(', ')}, DataTable } from '@cucumber/cucumber'`, '']
  for (const definition of definitions) {
    const parameters =
      definition.kind === 'parameterised' ? 'count: number, name: string' : definition.kind === 'table' ? 'table: DataTable' : ''
    const body =
      definition.kind === 'parameterised'
        ? "if (count < 0 || !name) throw new Error('bad')"
        : definition.kind === 'table'
          ? "if (table.hashes().length === 0) throw new Error('empty')"
          : ''
    lines.push(
      `${definition.keyword}(${JSON.stringify(definition.expression)}, function (${parameters}) {`,
      body ? `  ${body}` : '',
      '})',
      ''
    )
  }
  return lines.filter((line, index, all) => !(line === '' && all[index - 1] === '')).join('\n')
}

/**
 * Writes the synthetic project into `directory` (which must be empty or missing).
 * Options: scenarios (10,000), features (200), stepDefinitions (300), withStepDefinitions (true).
 */
function writeSyntheticProject(directory, options = {}) {
  const { scenarios = 10000, features = 200, stepDefinitions = 300, withStepDefinitions = true, seed = 42 } = options
  const random = seededRandom(seed)
  const definitions = defineSteps(stepDefinitions)
  fs.mkdirSync(path.join(directory, 'features'), { recursive: true })
  const perFeature = Math.ceil(scenarios / features)
  let written = 0
  for (let featureIndex = 0; featureIndex < features && written < scenarios; featureIndex++) {
    const count = Math.min(perFeature, scenarios - written)
    const folder = path.join(directory, 'features', `area${featureIndex % 10}`)
    fs.mkdirSync(folder, { recursive: true })
    fs.writeFileSync(path.join(folder, `feature${featureIndex}.feature`), renderFeature(featureIndex, count, definitions, random))
    written += count
  }
  if (withStepDefinitions) {
    fs.mkdirSync(path.join(directory, 'steps'), { recursive: true })
    const perFile = 30
    for (let start = 0; start < definitions.length; start += perFile) {
      fs.writeFileSync(
        path.join(directory, 'steps', `steps${start / perFile}.steps.ts`),
        renderStepFile(definitions.slice(start, start + perFile))
      )
    }
  }
  // The configuration and tsconfig.json `specloop init` writes.
  const { initTemplates } = require(path.join(repositoryRoot, 'dist', 'src', 'project', 'init-templates.js'))
  const templates = initTemplates('synthetic-suite')
  for (const file of ['cucumber.js', 'tsconfig.json']) fs.writeFileSync(path.join(directory, file), templates[file])
  fs.writeFileSync(path.join(directory, 'package.json'), JSON.stringify({ name: 'synthetic-suite', private: true }, null, 2))
  const modules = path.join(directory, 'node_modules')
  if (!fs.existsSync(modules)) fs.symlinkSync(path.join(repositoryRoot, 'node_modules'), modules, 'dir')
  return { scenarios: written, features, stepDefinitions: withStepDefinitions ? definitions.length : 0 }
}

module.exports = { writeSyntheticProject }

if (require.main === module) {
  const target = process.argv[2]
  if (!target) {
    console.error('usage: node bench/check/synthetic.js DIR')
    process.exit(2)
  }
  console.log(writeSyntheticProject(path.resolve(target)))
}
