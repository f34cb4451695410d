import fs from 'node:fs'
import { Given, Then, When } from '@cucumber/cucumber'
import { expect } from 'chai'
import { SpecloopWorld } from './support/world'

/** What the workspace's root package.json declares: linked from this repository as `npm install` would install them. */
const WORKSPACE_DEPENDENCIES = ['specloop', 'nx', '@cucumber/cucumber', 'ts-node', 'typescript']

const ADD_FEATURE = 'Feature: adding\n  Scenario: two and two\n    When I add 2 and 2\n    Then the sum is 4\n'
const DOUBLE_FEATURE = 'Feature: doubling\n  Scenario: double three\n    When I add 3 and 3\n    Then the sum is 6\n'
const STEPS = `import assert from 'node:assert/strict'
import { When, Then } from '@cucumber/cucumber'
import { add } from '../src/add'

let sum = 0
When('I add {int} and {int}', (a: number, b: number) => { sum = add(a, b) })
Then('the sum is {int}', (expected: number) => { assert.equal(sum, expected) })
`

/**
 * A package-lock.json naming the installed versions: Nx reads the workspace's external
 * dependencies from the lock file, and the targets' inputs name specloop and cucumber-js.
 */
function lockFileOf(world: SpecloopWorld): string {
  const packages: Record<string, unknown> = {
    '': { name: 'shop', devDependencies: Object.fromEntries(WORKSPACE_DEPENDENCIES.map((name) => [name, '*'])) }
  }
  for (const name of WORKSPACE_DEPENDENCIES) {
    const { version } = JSON.parse(world.readFile(`node_modules/${name}/package.json`)) as { version: string }
    packages[`node_modules/${name}`] = { version, dev: true }
  }
  return `${JSON.stringify({ name: 'shop', lockfileVersion: 3, requires: true, packages }, null, 2)}\n`
}

/** Nx without its daemon or cloud, and without the Nx settings of whatever runs this suite; its cache stays in the workspace (.nx/cache). */
function isolateNx(world: SpecloopWorld): void {
  Object.assign(world.extraEnvironment, {
    NX_DAEMON: 'false',
    NX_NO_CLOUD: 'true',
    NX_TUI: 'false',
    NX_CACHE_DIRECTORY: world.pathOf('.nx/cache')
  })
  world.unsetEnvironment.push(...Object.keys(process.env).filter((name) => name.startsWith('NX_') && !(name in world.extraEnvironment)))
}

Given(
  'an Nx workspace with the spec projects {string} and the nx.json:',
  function (this: SpecloopWorld, projectList: string, nxJson: string) {
    this.writeFile(
      'package.json',
      `${JSON.stringify({ name: 'shop', private: true, devDependencies: Object.fromEntries(WORKSPACE_DEPENDENCIES.map((name) => [name, '*'])) }, null, 2)}\n`
    )
    this.installDeclaredDependencies(this.projectDirectory)
    this.writeFile('package-lock.json', lockFileOf(this))
    this.writeFile('nx.json', nxJson)
    this.writeFile('.gitignore', 'node_modules\n.nx/\n.specloop/\nreports/\n')
    for (const project of projectList.split(/,\s*/)) {
      this.writeFile(`${project}/package.json`, `${JSON.stringify({ name: project, version: '1.0.0', private: true }, null, 2)}\n`)
      this.writeFile(
        `${project}/cucumber.js`,
        "module.exports = { default: { requireModule: ['ts-node/register/transpile-only'], require: ['steps/**/*.ts'] } }\n"
      )
      this.writeFile(`${project}/features/add.feature`, ADD_FEATURE)
      this.writeFile(`${project}/features/double.feature`, DOUBLE_FEATURE)
      this.writeFile(`${project}/steps/add.steps.ts`, STEPS)
      this.writeFile(`${project}/src/add.ts`, 'export function add(a: number, b: number): number {\n  return a + b\n}\n')
    }
    isolateNx(this)
  }
)

Given('an Nx workspace whose nx.json is:', function (this: SpecloopWorld, nxJson: string) {
  this.writeFile('nx.json', nxJson)
})

When(
  'the scenario {string} of {string} is renamed {string}',
  function (this: SpecloopWorld, scenario: string, relative: string, renamed: string) {
    const text = this.readFile(relative)
    expect(text).to.include(`Scenario: ${scenario}`)
    this.writeFile(relative, text.replace(`Scenario: ${scenario}`, `Scenario: ${renamed}`))
  }
)

function projectShown(world: SpecloopWorld): {
  name: string
  targets: Record<
    string,
    { inputs?: unknown[]; outputs?: string[]; command?: string; options?: { command?: string; cwd?: string }; dependsOn?: unknown[] }
  >
} {
  return JSON.parse(world.lastRun!.stdout)
}

Then('the Nx project {string} has the targets:', function (this: SpecloopWorld, name: string, expected: string) {
  const project = projectShown(this)
  expect(project.name).to.equal(name)
  expect(Object.keys(project.targets).sort()).to.deep.equal(
    expected
      .split('\n')
      .map((line) => line.trim())
      .sort()
  )
})

Then('its target {string} runs {string} in {string}', function (this: SpecloopWorld, target: string, command: string, cwd: string) {
  const { options } = projectShown(this).targets[target]!
  expect(options?.command).to.equal(command)
  expect(options?.cwd).to.equal(cwd)
})

Then('its target {string} has the outputs {string}', function (this: SpecloopWorld, target: string, outputs: string) {
  expect(projectShown(this).targets[target]!.outputs).to.deep.equal(outputs.split(/,\s*/).filter(Boolean))
})

Then('its target {string} has the inputs:', function (this: SpecloopWorld, target: string, expected: string) {
  const inputs = (projectShown(this).targets[target]!.inputs ?? []).map((input) =>
    typeof input === 'string' ? input : JSON.stringify(input)
  )
  for (const input of expected.split('\n').map((line) => line.trim())) expect(inputs, `inputs of ${target}`).to.include(input)
})

Then('the output contains {string} {int} times', function (this: SpecloopWorld, expected: string, times: number) {
  expect(this.output.split(expected).length - 1, this.output).to.equal(times)
})

Then('the file {string} lists the Nx plugins {string}', function (this: SpecloopWorld, relative: string, plugins: string) {
  const nxJson = JSON.parse(this.readFile(relative)) as { plugins?: unknown[] }
  expect(nxJson.plugins).to.deep.equal(JSON.parse(plugins))
})

Then('the file {string} is unchanged:', function (this: SpecloopWorld, relative: string, expected: string) {
  expect(fs.readFileSync(this.pathOf(relative), 'utf8')).to.equal(expected)
})
