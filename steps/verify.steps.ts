import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawn, spawnSync } from 'node:child_process'
import { Given, When, Then } from '@cucumber/cucumber'
import { expect } from 'chai'
import { SpecloopWorld, repositoryRoot } from './support/world'
import { processIsAlive as isAlive } from '../src/workspace'

/** "3 scenarios (1 failed, 2 passed)" and "8 steps (...)": cucumber's summary lines. */
function summaryLines(output: string): string[] {
  return output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^\d+ (scenarios?|steps?)( \(|$)/.test(line))
}

function git(world: SpecloopWorld, args: string[]): void {
  const result = spawnSync('git', args, {
    cwd: world.projectDirectory,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'spec',
      GIT_AUTHOR_EMAIL: 'spec@example.com',
      GIT_COMMITTER_NAME: 'spec',
      GIT_COMMITTER_EMAIL: 'spec@example.com'
    }
  })
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`)
}

/** Compares what verify and plain cucumber-js say about one project: exit code and summary lines. */
function compareWithCucumber(world: SpecloopWorld, cwd: string): void {
  const plain = world.runCucumber([], cwd)
  const verified = world.runSpecloop(['verify'], cwd)
  expect(summaryLines(plain.stdout), `plain cucumber-js in ${cwd}:\n${plain.stdout}${plain.stderr}`).to.have.length.greaterThan(0)
  expect(summaryLines(verified.stdout), `specloop verify in ${cwd}:\n${verified.stdout}${verified.stderr}`).to.deep.equal(
    summaryLines(plain.stdout)
  )
  expect(verified.exitCode, verified.stderr).to.equal(plain.exitCode)
  const trace = JSON.parse(fs.readFileSync(path.join(cwd, '.specloop', 'runs', 'latest', 'trace.json'), 'utf8')) as { scenarios: unknown[] }
  const scenarioCount = Number(/^(\d+) scenarios?/.exec(summaryLines(plain.stdout)[0])?.[1])
  expect(trace.scenarios.length).to.equal(scenarioCount)
}

/** lcov → file → lines with a hit count above zero, and all lines it reports. */
function readLcov(text: string, root: string): Map<string, { all: Set<number>; hit: Set<number> }> {
  const files = new Map<string, { all: Set<number>; hit: Set<number> }>()
  let current: { all: Set<number>; hit: Set<number> } | undefined
  for (const line of text.split('\n')) {
    if (line.startsWith('SF:')) {
      const file = path
        .relative(root, path.resolve(root, line.slice(3)))
        .split(path.sep)
        .join('/')
      current = { all: new Set(), hit: new Set() }
      files.set(file, current)
    } else if (line.startsWith('DA:') && current) {
      const [lineNumber, count] = line.slice(3).split(',').map(Number)
      current.all.add(lineNumber)
      if (count > 0) current.hit.add(lineNumber)
    }
  }
  return files
}

Given('a git repository with everything committed', function (this: SpecloopWorld) {
  // Added to the project's own ignores, if it has some.
  const ignored = fs.existsSync(this.pathOf('.gitignore')) ? this.readFile('.gitignore').split('\n').filter(Boolean) : []
  fs.writeFileSync(this.pathOf('.gitignore'), `${[...new Set([...ignored, 'node_modules', '.specloop/'])].join('\n')}\n`)
  git(this, ['init', '--quiet', '--initial-branch=main'])
  git(this, ['add', '-A'])
  git(this, ['commit', '--quiet', '-m', 'initial'])
})

When('the change is committed', function (this: SpecloopWorld) {
  git(this, ['commit', '--quiet', '--all', '-m', 'a change'])
})

When('everything is committed, new files included', function (this: SpecloopWorld) {
  git(this, ['add', '-A'])
  git(this, ['commit', '--quiet', '-m', 'a change'])
})

When('the commit is tagged {string}', function (this: SpecloopWorld, tag: string) {
  git(this, ['tag', tag])
})

When('line {int} of {string} becomes {string}', function (this: SpecloopWorld, lineNumber: number, relative: string, replacement: string) {
  const lines = this.readFile(relative).split('\n')
  expect(lines.length).to.be.greaterThan(lineNumber - 1)
  lines[lineNumber - 1] = replacement
  this.writeFile(relative, lines.join('\n'))
})

When(
  'a line {string} is inserted before line {int} of {string}',
  function (this: SpecloopWorld, text: string, lineNumber: number, relative: string) {
    const lines = this.readFile(relative).split('\n')
    lines.splice(lineNumber - 1, 0, text)
    this.writeFile(relative, lines.join('\n'))
  }
)

Then('specloop verify and plain cucumber-js report the same counts and exit code', function (this: SpecloopWorld) {
  compareWithCucumber(this, this.projectDirectory)
})

/**
 * Every project in the repository's examples/ (copied to a temporary directory, so runs do
 * not write into the repository). Until examples/ exists, the scenario's own project stands in.
 */
Then('for every example project, specloop verify and plain cucumber-js report the same counts', function (this: SpecloopWorld) {
  const examples = path.join(repositoryRoot, 'examples')
  const projects = fs.existsSync(examples)
    ? fs
        .readdirSync(examples, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => path.join(examples, entry.name))
    : []
  if (projects.length === 0) {
    compareWithCucumber(this, this.projectDirectory)
    return
  }
  for (const project of projects) {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-example-'))
    try {
      fs.cpSync(project, copy, { recursive: true, filter: (source) => !/(^|[/\\])(node_modules|\.specloop)$/.test(source) })
      this.linkNodeModules(copy)
      compareWithCucumber(this, copy)
    } finally {
      fs.rmSync(copy, { recursive: true, force: true })
    }
  }
})

Then('the lcov rebuilt by verify has the same covered lines as c8 cucumber-js reports', function (this: SpecloopWorld) {
  const reportDirectory = this.pathOf('c8-report')
  const c8 = this.run(process.execPath, [
    path.join(repositoryRoot, 'node_modules', 'c8', 'bin', 'c8.js'),
    // Its own temporary directory: by default c8 takes NODE_V8_COVERAGE's, and under `npm test` that is the
    // outer c8's, which this c8 would clean.
    '--reporter=lcovonly',
    `--report-dir=${reportDirectory}`,
    `--temp-directory=${this.pathOf('c8-tmp')}`,
    '--exclude=node_modules/**',
    '--exclude=.specloop/**',
    '--exclude-after-remap',
    process.execPath,
    path.join(repositoryRoot, 'node_modules', '@cucumber', 'cucumber', 'bin', 'cucumber.js')
  ])
  expect(c8.exitCode, c8.stdout + c8.stderr).to.equal(0)
  const verified = this.runSpecloop(['verify'])
  expect(verified.exitCode, verified.stdout + verified.stderr).to.equal(0)
  // verify traces the project's TypeScript; c8 also reports JavaScript it loaded (cucumber.js, the configuration).
  const fromC8 = new Map(
    [...readLcov(fs.readFileSync(path.join(reportDirectory, 'lcov.info'), 'utf8'), this.projectDirectory)].filter(([file]) =>
      file.endsWith('.ts')
    )
  )
  const fromVerify = readLcov(this.readFile('.specloop/runs/latest/coverage/lcov.info'), this.projectDirectory)
  expect([...fromVerify.keys()].sort()).to.deep.equal([...fromC8.keys()].sort())
  for (const [file, verifyLines] of fromVerify) {
    const c8Lines = fromC8.get(file)!
    // Normalised: the lines both tools know as code (istanbul counts statements, V8 counts ranges).
    const shared = [...verifyLines.all].filter((line) => c8Lines.all.has(line)).sort((a, b) => a - b)
    expect(shared.length, `${file}: lines both report`).to.be.greaterThan(0)
    expect(
      shared.filter((line) => verifyLines.hit.has(line)),
      `${file}: covered lines`
    ).to.deep.equal(shared.filter((line) => c8Lines.hit.has(line)))
  }
})

Then('the trace file {string} exists with {int} scenarios', function (this: SpecloopWorld, relative: string, count: number) {
  const trace = JSON.parse(this.readFile(relative)) as { scenarios: unknown[] }
  expect(trace.scenarios).to.have.length(count)
})

interface KilledRunWorld extends SpecloopWorld {
  killedPid?: number
  leftTemporary?: string
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
  return condition()
}

When(
  'I start {string} and kill it with {word} once {string} exists',
  async function (this: KilledRunWorld, commandLine: string, signal: NodeJS.Signals, relative: string) {
    const args = commandLine.split(/\s+/)
    if (args.shift() !== 'specloop') throw new Error(`not a specloop command: ${commandLine}`)
    const marker = this.pathOf(relative)
    fs.rmSync(marker, { force: true })
    const child = spawn(process.execPath, [path.join(repositoryRoot, 'bin', 'specloop.js'), ...args], {
      cwd: this.projectDirectory,
      env: { ...process.env, CI: 'true', FORCE_COLOR: '0' },
      stdio: 'ignore'
    })
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('close', (code, closeSignal) => resolve({ code, signal: closeSignal }))
    )
    expect(await waitFor(() => fs.existsSync(marker), 60_000), `${relative} was never written`).to.equal(true)
    this.killedPid = child.pid
    child.kill(signal)
    const end = await ended
    expect(end.signal, `specloop ended with code ${end.code} instead of dying of ${signal}`).to.equal(signal)
  }
)

Then(
  'every process whose pid is in {string} ends within {int} seconds',
  async function (this: SpecloopWorld, relative: string, seconds: number) {
    const pids = this.readFile(relative).trim().split(/\s+/).map(Number)
    const ended = await waitFor(() => pids.every((pid) => !isAlive(pid)), seconds * 1000)
    const orphans = pids.filter(isAlive)
    for (const pid of orphans) process.kill(pid, 'SIGKILL')
    expect(ended, `still running after specloop was killed: ${orphans.join(', ')}`).to.equal(true)
  }
)

Given('the killed run left a temporary file {string} beside a file it was writing', function (this: KilledRunWorld, directory: string) {
  // As writeFileAtomic names it: killed between writing it and renaming it into place.
  this.leftTemporary = `${directory}/.account.ts.${this.killedPid}.0badc0de.tmp`
  this.writeFile(this.leftTemporary, 'half of a file')
})

Then('the temporary file the killed run left is gone', function (this: KilledRunWorld) {
  expect(fs.existsSync(this.pathOf(this.leftTemporary!)), this.leftTemporary).to.equal(false)
})
