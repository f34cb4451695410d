import fs from 'node:fs'
import { Given, Then } from '@cucumber/cucumber'
import { expect } from 'chai'
import { SpecloopWorld } from './support/world'
import { GENESIS, hashOfEntry, readLedger } from '../src/ledger'
import type { LedgerEntry } from '../src/ledger'

const entryPath = (entry: LedgerEntry) => `.specloop/ledger/${entry.hash}.json`

/** The entry numbered #N of a linear history (before any merge, numbers are unique). */
function entryNumbered(world: SpecloopWorld, sequence: number): LedgerEntry {
  const found = readLedger(world.projectDirectory).filter((entry) => entry.sequence === sequence)
  expect(found, `ledger entries numbered #${sequence}`).to.have.length(1)
  return found[0]!
}

Given('a git repository of the project, its ledger and specs.lock committed', function (this: SpecloopWorld) {
  // Runs and caches are each machine's own; the ledger and the lock are the team's record.
  this.writeFile('.gitignore', 'node_modules\n.specloop/runs/\n.specloop/cache/\nreports/\n')
  for (const args of [
    ['init', '--quiet', '--initial-branch=main'],
    ['add', '-A'],
    ['commit', '--quiet', '-m', 'the project, generated and approved']
  ]) {
    const result = this.run('git', args, this.projectDirectory, {
      GIT_AUTHOR_NAME: 'spec',
      GIT_AUTHOR_EMAIL: 'spec@example.com',
      GIT_COMMITTER_NAME: 'spec',
      GIT_COMMITTER_EMAIL: 'spec@example.com'
    })
    expect(result.exitCode, `git ${args.join(' ')}: ${result.stderr}`).to.equal(0)
  }
})

Given(
  "I replace {string} with {string} in the ledger's entry #{int}",
  function (this: SpecloopWorld, before: string, after: string, sequence: number) {
    const file = entryPath(entryNumbered(this, sequence))
    const content = this.readFile(file)
    expect(content, file).to.include(before)
    this.writeFile(file, content.replace(before, after))
  }
)

Given("I delete the ledger's last entry", function (this: SpecloopWorld) {
  const last = readLedger(this.projectDirectory).at(-1)
  expect(last, 'a ledger entry').to.not.equal(undefined)
  fs.rmSync(this.pathOf(entryPath(last!)))
})

type LedgerWorld = SpecloopWorld & { deleted?: LedgerEntry }

Given("I delete the ledger's entry #{int}", function (this: LedgerWorld, sequence: number) {
  this.deleted = entryNumbered(this, sequence)
  fs.rmSync(this.pathOf(entryPath(this.deleted)))
})

/**
 * A forger's rewrite: edit one entry, then re-hash it and every entry after it (each naming its
 * rewritten parent), and store them under their new names, so the ledger holds on its own.
 */
Given(
  "I replace {string} with {string} in the ledger's entry #{int} and re-hash it and every entry after it",
  function (this: SpecloopWorld, before: string, after: string, sequence: number) {
    const entries = readLedger(this.projectDirectory)
    const renamed = new Map<string, string>()
    for (const entry of entries) {
      const parents = entry.parents?.map((parent) => renamed.get(parent) ?? parent)
      if (entry.sequence < sequence) continue
      const { hash, ...rest } = JSON.parse(
        entry.sequence === sequence ? JSON.stringify(entry).replace(before, after) : JSON.stringify(entry)
      ) as LedgerEntry
      if (entry.sequence === sequence) expect(JSON.stringify(entry), `entry #${sequence}`).to.include(before)
      const rewritten = { ...rest, parents }
      const forged = { ...rewritten, hash: hashOfEntry(rewritten) }
      renamed.set(hash, forged.hash)
      fs.rmSync(this.pathOf(entryPath(entry)))
      this.writeFile(entryPath(forged), `${JSON.stringify(forged, null, 2)}\n`)
    }
  }
)

/** What an earlier specloop kept: the same history as one hash chain in `.specloop/ledger.jsonl`. */
Given('the ledger is in its earlier linear form', function (this: SpecloopWorld) {
  let previousHash = GENESIS
  const lines = readLedger(this.projectDirectory).map((entry, index) => {
    const { hash: _hash, parents: _parents, ...fields } = entry
    const withoutHash = { ...fields, sequence: index + 1, previousHash }
    previousHash = hashOfEntry(withoutHash)
    return JSON.stringify({ ...withoutHash, hash: previousHash })
  })
  fs.rmSync(this.pathOf('.specloop/ledger'), { recursive: true })
  this.writeFile('.specloop/ledger.jsonl', `${lines.join('\n')}\n`)
})

/** A line of the output that starts at the entry's file and says this. */
function expectLocated(world: SpecloopWorld, entry: LedgerEntry, message: string): void {
  const lines = world.output.split('\n').filter((line) => line.replace(/^warning: /, '').startsWith(`${entryPath(entry)}: `))
  expect(lines, `a line located at ${entryPath(entry)}`).to.not.deep.equal([])
  expect(lines.join('\n')).to.contain(message)
}

Then("the output locates the ledger's entry #{int}: {string}", function (this: SpecloopWorld, sequence: number, message: string) {
  expectLocated(this, entryNumbered(this, sequence), message)
})

Then('the output locates the entry that follows the one I deleted: {string}', function (this: LedgerWorld, message: string) {
  const child = readLedger(this.projectDirectory).find((entry) => entry.parents?.includes(this.deleted!.hash))
  expect(child, 'an entry that follows the deleted one').to.not.equal(undefined)
  expectLocated(this, child!, message)
})
