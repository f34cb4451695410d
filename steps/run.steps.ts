import fs from 'node:fs'
import path from 'node:path'
import { Given, When, Then } from '@cucumber/cucumber'
import { expect } from 'chai'
import { repositoryRoot, SpecloopWorld } from './support/world'
import { readLedgerState } from '../src/ledger'

/** An example project as its repository holds it (no node_modules, nothing generated or run), node_modules linked. */
function copyExample(world: SpecloopWorld, example: string, target: string): void {
  fs.cpSync(path.join(repositoryRoot, 'examples', example), target, {
    recursive: true,
    filter: (source) => !/[\\/](node_modules|generated|\.specloop|reports)$/.test(source)
  })
  world.linkNodeModules(target)
}

Given('a copy of the example {string}', function (this: SpecloopWorld, example: string) {
  copyExample(this, example, this.projectDirectory)
})

Given('a copy of the example {string} in {string}', function (this: SpecloopWorld, example: string, relative: string) {
  copyExample(this, example, this.pathOf(relative))
})

When('I run the demo', function (this: SpecloopWorld) {
  this.run(process.execPath, [path.join(repositoryRoot, 'examples', 'demo.js')])
})

Then("the ledger is intact and records the generated files with their hashes and the round's result", function (this: SpecloopWorld) {
  const { entries, verification } = readLedgerState(this.projectDirectory)
  expect(verification.valid).to.equal(true)
  const rounds = entries.filter((entry) => entry.kind === 'offline-round')
  expect(rounds.map((entry) => entry.result?.green)).to.deep.equal([true])
  const last = entries.filter((entry) => entry.kind === 'generate').pop()!
  expect(last.files ?? []).to.have.length.greaterThan(0)
  for (const file of last.files ?? []) {
    expect(file.sha256).to.match(/^[0-9a-f]{64}$/)
    expect(fs.existsSync(this.pathOf(file.path)), file.path).to.equal(true)
  }
})

Then('the files the output counts as written are those the ledger records', function (this: SpecloopWorld) {
  const counted = /(\d+) files? written/.exec(this.output)
  expect(counted, 'a "N files written" line').to.not.equal(null)
  const recorded = new Set(readLedgerState(this.projectDirectory).entries.flatMap((entry) => (entry.files ?? []).map((file) => file.path)))
  expect(Number(counted![1])).to.equal(recorded.size)
})

Then('the demo names a report file that exists', function (this: SpecloopWorld) {
  const match = /Report: file:\/\/(.+index\.html)/.exec(this.output)
  expect(match, 'a Report: file:// line').to.not.equal(null)
  expect(fs.existsSync(match![1])).to.equal(true)
  fs.rmSync(path.dirname(path.dirname(match![1])), { recursive: true, force: true })
})

Given('a project with every feature of the synthesis corpus', function (this: SpecloopWorld) {
  const corpus = path.join(repositoryRoot, 'src', 'testdata', 'synthesis')
  for (const file of fs.readdirSync(corpus).filter((name) => name.endsWith('.feature'))) {
    this.writeFile(`features/${file}`, fs.readFileSync(path.join(corpus, file)))
  }
  for (const file of ['cucumber.js', 'tsconfig.json'])
    this.writeFile(file, fs.readFileSync(path.join(repositoryRoot, 'examples', 'pricing', file)))
  this.linkNodeModules()
})

Then('every failing scenario is in {string}', function (this: SpecloopWorld, feature: string) {
  // The progress formatter lists failures as "N) Scenario: name # features/x.feature:line".
  const failures = [...this.output.matchAll(/^\d+\) Scenario: .* # (\S+):\d+$/gm)].map((match) => match[1])
  expect(failures).to.have.length.greaterThan(0)
  expect([...new Set(failures)]).to.deep.equal([feature])
})
