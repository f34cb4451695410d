import fs from 'node:fs'
import path from 'node:path'
import { Given, When, Then } from '@cucumber/cucumber'
import { expect } from 'chai'
import { repositoryRoot, SpecloopWorld } from './support/world'
import { verifyLedger, parseLedger } from '../src/ledger'

Given('a copy of the example {string}', function (this: SpecloopWorld, example: string) {
  fs.cpSync(path.join(repositoryRoot, 'examples', example), this.projectDirectory, { recursive: true, filter: (source) => !/[\\/](node_modules|generated|\.specloop|reports)$/.test(source) })
  this.linkNodeModules()
})

When('I run the demo', function (this: SpecloopWorld) {
  this.run(process.execPath, [path.join(repositoryRoot, 'examples', 'demo.js')])
})

Then('the ledger is intact and its last entry records generated files with their hashes', function (this: SpecloopWorld) {
  const text = this.readFile('.specloop/ledger.jsonl')
  expect(verifyLedger(text).valid).to.equal(true)
  const { entries } = parseLedger(text)
  const last = entries[entries.length - 1]
  expect(last.kind).to.equal('generate')
  expect(last.files ?? []).to.not.be.empty
  for (const file of last.files ?? []) {
    expect(file.sha256).to.match(/^[0-9a-f]{64}$/)
    expect(fs.existsSync(this.pathOf(file.path)), file.path).to.equal(true)
  }
})

Then('the demo names a report file that exists', function (this: SpecloopWorld) {
  const match = /Report: file:\/\/(.+index\.html)/.exec(this.output)
  expect(match, 'a Report: file:// line').to.not.equal(null)
  expect(fs.existsSync(match![1])).to.equal(true)
  fs.rmSync(path.dirname(path.dirname(match![1])), { recursive: true, force: true })
})
