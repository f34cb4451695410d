import fs from 'node:fs'
import path from 'node:path'
import { Given, Then } from '@cucumber/cucumber'
import { expect } from 'chai'
import { repositoryRoot, SpecloopWorld } from './support/world'

Given('a spec project as `specloop init` writes it, without its example', function (this: SpecloopWorld) {
  const created = this.runSpecloop(['init', '.'])
  expect(created.exitCode, created.stdout + created.stderr).to.equal(0)
  this.linkNodeModules()
  for (const example of ['features/greeting.feature', 'steps/greeting.steps.ts', 'src/greeting.ts']) fs.rmSync(this.pathOf(example))
})

Given('I replace {string} with {string} in the file {string}', function (this: SpecloopWorld, before: string, after: string, relative: string) {
  const content = this.readFile(relative)
  expect(content, relative).to.include(before)
  this.writeFile(relative, content.replace(before, after))
})

Then('the file {string} contains:', function (this: SpecloopWorld, relative: string, expected: string) {
  expect(this.readFile(relative)).to.include(expected)
})

Then('the file {string} contains {string}', function (this: SpecloopWorld, relative: string, expected: string) {
  expect(this.readFile(relative)).to.include(expected)
})

Then('the file {string} does not contain {string}', function (this: SpecloopWorld, relative: string, unexpected: string) {
  expect(this.readFile(relative)).not.to.include(unexpected)
})

Then('the TypeScript compiler finds no error in the project', function (this: SpecloopWorld) {
  const compiled = this.run(process.execPath, [path.join(repositoryRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', '.'])
  expect(compiled.exitCode, compiled.stdout + compiled.stderr).to.equal(0)
})
