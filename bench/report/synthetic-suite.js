'use strict'
// Writes a synthetic cucumber-js project of N scenarios (features in folders, backgrounds,
// outlines, rules, tags, data tables, doc strings, and a few failing, pending and undefined
// steps) with trivial JavaScript step definitions, so a real cucumber-js run produces a
// realistic Cucumber Messages stream for the report benchmark.
const fs = require('node:fs')
const path = require('node:path')

const SCENARIOS_PER_FEATURE = 50
const FEATURES_PER_FOLDER = 10

function featureText(featureIndex) {
  const lines = []
  const area = Math.floor(featureIndex / FEATURES_PER_FOLDER)
  lines.push(`@area-${area}${featureIndex % 7 === 0 ? ' @billing' : ''}`)
  lines.push(`Feature: Capability ${featureIndex} of area ${area}`)
  lines.push(`  The system keeps values for capability ${featureIndex}.`)
  lines.push('')
  lines.push('  Background:')
  lines.push(`    Given the store ${featureIndex} is open`)
  lines.push('')
  let pickles = 0
  let scenario = 0
  while (pickles < SCENARIOS_PER_FEATURE) {
    const id = featureIndex * SCENARIOS_PER_FEATURE + scenario
    if (scenario === 10) {
      lines.push('  Rule: Values are never negative', '')
    }
    if (scenario % 20 === 5 && pickles + 5 <= SCENARIOS_PER_FEATURE) {
      lines.push('  @outline')
      lines.push(`  Scenario Outline: doubling values ${id}`)
      lines.push('    Given the value <value> is stored')
      lines.push('    When it is doubled')
      lines.push('    Then the result is <result>')
      lines.push('')
      lines.push('    Examples:')
      lines.push('      | value | result |')
      for (let row = 0; row < 5; row++) lines.push(`      | ${id + row} | ${2 * (id + row)} |`)
      lines.push('')
      pickles += 5
    } else {
      const tags = [id % 10 === 0 ? '@wip' : '', id % 3 === 0 ? '@slow' : ''].filter(Boolean)
      if (tags.length) lines.push(`  ${tags.join(' ')}`)
      lines.push(`  Scenario: storing value ${id}`)
      lines.push(`    Given the value ${id} is stored`)
      if (id % 25 === 0) {
        lines.push('    And these values are stored:')
        lines.push('      | name | value |')
        lines.push(`      | a    | ${id} |`)
        lines.push(`      | b    | ${id + 1} |`)
      }
      if (id % 40 === 0) {
        lines.push('    And the note is:')
        lines.push('      """')
        lines.push(`      value ${id} is important`)
        lines.push('      """')
      }
      lines.push('    When it is doubled')
      if (id % 97 === 0) lines.push('    Then the result is checked later')
      else if (id % 89 === 0) lines.push('    Then the result is rounded')
      else lines.push(`    Then the result is ${id % 53 === 0 ? id : 2 * id}`)
      lines.push('')
      pickles += 1
    }
    scenario++
  }
  return lines.join('\n')
}

const STEPS = `'use strict'
const { Given, When, Then } = require('@cucumber/cucumber')
Given('the store {int} is open', function (store) { this.store = store })
Given('the value {int} is stored', function (value) { this.value = value })
Given('these values are stored:', function (table) { this.table = table.rows() })
Given('the note is:', function (note) { this.note = note })
When('it is doubled', function () { this.result = this.value * 2 })
Then('the result is {int}', function (expected) {
  if (this.result !== expected) throw new Error('expected ' + expected + ' but got ' + this.result)
})
Then('the result is checked later', function () { return 'pending' })
`

function writeSyntheticSuite(directory, scenarios) {
  const features = Math.ceil(scenarios / SCENARIOS_PER_FEATURE)
  fs.rmSync(directory, { recursive: true, force: true })
  for (let index = 0; index < features; index++) {
    const folder = path.join(directory, 'features', `area-${Math.floor(index / FEATURES_PER_FOLDER)}`)
    fs.mkdirSync(folder, { recursive: true })
    fs.writeFileSync(path.join(folder, `capability-${index}.feature`), featureText(index))
  }
  fs.mkdirSync(path.join(directory, 'steps'), { recursive: true })
  fs.writeFileSync(path.join(directory, 'steps', 'steps.js'), STEPS)
  fs.writeFileSync(
    path.join(directory, 'cucumber.js'),
    "module.exports = { default: { paths: ['features/**/*.feature'], require: ['steps/**/*.js'] } }\n"
  )
  return { features, scenarios: features * SCENARIOS_PER_FEATURE }
}

module.exports = { writeSyntheticSuite }
