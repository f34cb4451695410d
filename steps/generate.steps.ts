import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { spawn } from 'node:child_process'
import { readProvenance } from '../src/workspace'
import { Given, When, Then } from '@cucumber/cucumber'
import { expect } from 'chai'
import { repositoryRoot, SpecloopWorld } from './support/world'

Given('a spec project as `specloop init` writes it, without its example', function (this: SpecloopWorld) {
  const created = this.runSpecloop(['init', '.'])
  expect(created.exitCode, created.stdout + created.stderr).to.equal(0)
  this.linkNodeModules()
  for (const example of ['features/greeting.feature', 'steps/greeting.steps.ts', 'src/greeting.ts']) fs.rmSync(this.pathOf(example))
})

Given(
  'I replace {string} with {string} in the file {string}',
  function (this: SpecloopWorld, before: string, after: string, relative: string) {
    const content = this.readFile(relative)
    expect(content, relative).to.include(before)
    this.writeFile(relative, content.replace(before, after))
  }
)

Given(
  'I replace {string} with {string} in the file {string} and recompute its provenance hash',
  function (this: SpecloopWorld, before: string, after: string, relative: string) {
    const [headline, marker, blank, ...rest] = this.readFile(relative).split('\n')
    const body = rest.join('\n')
    expect(body, relative).to.include(before)
    const edited = body.replace(before, after)
    const provenance = JSON.parse(marker!.replace('// specloop-provenance: ', '')) as { bodySha256: string }
    provenance.bodySha256 = crypto.createHash('sha256').update(edited).digest('hex')
    this.writeFile(relative, [headline, `// specloop-provenance: ${JSON.stringify(provenance)}`, blank, edited].join('\n'))
    expect(readProvenance(this.readFile(relative)).editedByHand, 'the header matches the edited body').to.equal(false)
  }
)

Given(
  'I add the row {string} after {string} in the file {string}',
  function (this: SpecloopWorld, row: string, anchor: string, relative: string) {
    const lines = fs.readFileSync(this.pathOf(relative), 'utf8').split('\n')
    const index = lines.findIndex((line) => line.includes(anchor))
    expect(index, `${relative} has no line with ${anchor}`).to.be.at.least(0)
    lines.splice(index + 1, 0, `${/^\s*/.exec(lines[index]!)![0]}${row}`)
    fs.writeFileSync(this.pathOf(relative), lines.join('\n'))
  }
)

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
  const compiled = this.run(process.execPath, [
    path.join(repositoryRoot, 'node_modules', 'typescript', 'bin', 'tsc'),
    '--noEmit',
    '-p',
    '.'
  ])
  expect(compiled.exitCode, compiled.stdout + compiled.stderr).to.equal(0)
})

Given('{int} features, each with steps of its own', function (this: SpecloopWorld, count: number) {
  for (let index = 0; index < count; index++) {
    const name = `item${index}x`
    this.writeFile(
      `features/many/f${index}.feature`,
      `Feature: F${index}\n  Scenario: s${index}\n    Given the ${name} weighs 2 kg\n    When the ${name} is weighed\n    Then the ${name} costs 4\n`
    )
  }
})

When('I run {string} and kill it with SIGKILL as soon as it has written a file', async function (this: SpecloopWorld, commandLine: string) {
  const args = commandLine.split(' ').slice(1)
  const child = spawn(process.execPath, [path.join(repositoryRoot, 'bin', 'specloop.js'), ...args], {
    cwd: this.projectDirectory,
    stdio: 'ignore',
    env: { ...process.env, CI: 'true' }
  })
  const exited = new Promise((resolve) => child.on('exit', resolve))
  let done = false
  void exited.then(() => (done = true))
  // Poll for the first written file, then kill at once: the run is cut in the middle of its writes.
  while (!done && listFiles(this.pathOf('generated')).length === 0) await new Promise((resolve) => setTimeout(resolve, 2))
  child.kill('SIGKILL')
  await exited
  this.attach(`files present after the kill: ${listFiles(this.pathOf('generated')).length}`, 'text/plain')
})

When('I run {string} and interrupt it with SIGINT once it has written a file', async function (this: SpecloopWorld, commandLine: string) {
  const args = commandLine.split(' ').slice(1)
  const child = spawn(process.execPath, [path.join(repositoryRoot, 'bin', 'specloop.js'), ...args], {
    cwd: this.projectDirectory,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CI: 'true' }
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const closed = new Promise<number>((resolve) => child.on('close', (code, signal) => resolve(code ?? 128 + (signal === 'SIGINT' ? 2 : 0))))
  let done = false
  void closed.then(() => (done = true))
  // The project may have files under generated/ already (its README): wait for one generate writes.
  const before = listFiles(this.pathOf('generated')).length
  while (!done && listFiles(this.pathOf('generated')).length === before) await new Promise((resolve) => setTimeout(resolve, 2))
  expect(done, 'generate ended before it wrote a file').to.equal(false)
  child.kill('SIGINT')
  this.lastRun = { command: commandLine, exitCode: await closed, stdout, stderr }
})

Then('every generated file is complete: its body matches its provenance hash', function (this: SpecloopWorld) {
  const files = listFiles(this.pathOf('generated')).filter((file) => file.endsWith('.ts'))
  for (const file of files) {
    const read = readProvenance(fs.readFileSync(file, 'utf8'))
    expect(read.provenance, file).not.to.equal(undefined)
    expect(read.editedByHand, file).to.equal(false)
  }
})

function listFiles(directory: string): string[] {
  if (!fs.existsSync(directory)) return []
  return fs
    .readdirSync(directory, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(path.join(directory, entry.name)) : [path.join(directory, entry.name)]))
}

Given('the file {string} is moved to {string}', function (this: SpecloopWorld, from: string, to: string) {
  fs.mkdirSync(path.dirname(this.pathOf(to)), { recursive: true })
  fs.renameSync(this.pathOf(from), this.pathOf(to))
})

Given('I cut the last {int} characters of the file {string}', function (this: SpecloopWorld, count: number, relative: string) {
  // What a crash mid-write leaves: the end of the last line missing, no newline.
  const content = this.readFile(relative)
  expect(content.length, relative).to.be.greaterThan(count)
  this.writeFile(relative, content.slice(0, content.length - count))
})

Given('I append to the file {string}:', function (this: SpecloopWorld, relative: string, text: string) {
  expect(fs.existsSync(this.pathOf(relative)), relative).to.equal(true)
  fs.appendFileSync(this.pathOf(relative), `\n${text}\n`)
})

Given('I delete the file {string}', function (this: SpecloopWorld, relative: string) {
  expect(fs.existsSync(this.pathOf(relative)), relative).to.equal(true)
  fs.rmSync(this.pathOf(relative))
})

Given('I remove the last line of the file {string}', function (this: SpecloopWorld, relative: string) {
  const lines = this.readFile(relative).trimEnd().split('\n')
  expect(lines.length, relative).to.be.at.least(1)
  this.writeFile(relative, `${lines.slice(0, -1).join('\n')}\n`)
})

/** Every file under the project (not through node_modules, which is linked from this repository). */
function projectFiles(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name)
    if (entry.name === 'node_modules' || entry.isSymbolicLink()) return []
    return entry.isDirectory() ? projectFiles(full) : [full]
  })
}

Then('no file of the project but {string} contains {string}', function (this: SpecloopWorld, allowed: string, secret: string) {
  const files = projectFiles(this.projectDirectory).filter((file) => path.relative(this.projectDirectory, file) !== allowed)
  expect(files.length).to.be.greaterThan(10)
  for (const file of files)
    expect(fs.readFileSync(file).includes(secret), `${path.relative(this.projectDirectory, file)} holds the secret`).to.equal(false)
})
