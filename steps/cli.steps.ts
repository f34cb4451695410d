import fs from 'node:fs'
import path from 'node:path'
import { Given, When, Then } from '@cucumber/cucumber'
import { expect } from 'chai'
import { repositoryRoot, SpecloopWorld } from './support/world'

const STACK_FRAME = /^\s+at .+(\(|:\d+:\d+)/m

/** Splits a command line written in a step into arguments (double quotes group words). */
function splitArguments(commandLine: string): string[] {
  const parts = commandLine.match(/"[^"]*"|'[^']*'|\S+/g) ?? []
  return parts.map((part) => part.replace(/^(["'])(.*)\1$/, '$2'))
}

function expandPlaceholders(world: SpecloopWorld, text: string): string {
  return text.replace(/<(project|tarball|checkout)>/g, (_, name: 'project' | 'tarball' | 'checkout') => {
    const value = name === 'project' ? world.projectDirectory : world.placeholders[name]
    if (value === undefined) throw new Error(`no <${name}> in this scenario: a Given step provides it`)
    return value
  })
}

Given('an empty directory', function (this: SpecloopWorld) {
  // The world starts in a fresh temporary directory.
})

Given('a project with the file {string}:', function (this: SpecloopWorld, relative: string, content: string) {
  this.linkNodeModules()
  this.writeFile(relative, content)
})

Given('the file {string}:', function (this: SpecloopWorld, relative: string, content: string) {
  this.writeFile(relative, content)
})

Given('the file {string} containing the bytes {string}', function (this: SpecloopWorld, relative: string, hex: string) {
  this.writeFile(relative, Buffer.from(hex.replace(/\s+/g, ''), 'hex'))
})

Given('an empty file {string}', function (this: SpecloopWorld, relative: string) {
  this.writeFile(relative, '')
})

Given(
  'a feature file {string} of {int} MB with one scenario per {int} lines',
  function (this: SpecloopWorld, relative: string, megabytes: number, linesPerScenario: number) {
    const lines = ['Feature: a very large feature', '']
    let size = 0
    let index = 0
    while (size < megabytes * 1024 * 1024) {
      const scenario = [
        `  Scenario: scenario number ${index}`,
        ...Array.from({ length: linesPerScenario - 2 }, (_, step) => `    Given the value ${index * 10 + step} is remembered`),
        ''
      ]
      size += scenario.join('\n').length + 1
      lines.push(...scenario)
      index++
    }
    this.writeFile(relative, lines.join('\n'))
  }
)

Given('a feature file {string} whose step holds {int} quoted values', function (this: SpecloopWorld, relative: string, count: number) {
  this.writeFile(
    relative,
    `Feature: values\n  Scenario: many values\n    Given a short step\n    When I say ${'"a" '.repeat(count).trimEnd()}\n`
  )
})

Given('a feature file {string} whose step is {int} characters long', function (this: SpecloopWorld, relative: string, length: number) {
  const text = 'I say ' + 'word '.repeat(length).slice(0, length - 'I say '.length)
  this.writeFile(relative, `Feature: long\n  Scenario: a long step\n    Given a short step\n    When ${text}\n`)
})

/** A fixed identity for commits and merges, whatever the machine's git configuration says. */
const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: 'spec',
  GIT_AUTHOR_EMAIL: 'spec@example.com',
  GIT_COMMITTER_NAME: 'spec',
  GIT_COMMITTER_EMAIL: 'spec@example.com'
}

/** specloop and cucumber-js are this repository's; npm, npx, node and git the machine's, as a user runs them; nx the workspace's. */
function runProgram(world: SpecloopWorld, commandLine: string, cwd = world.projectDirectory): void {
  const [program, ...args] = splitArguments(expandPlaceholders(world, commandLine))
  if (program === 'specloop') world.runSpecloop(args, cwd)
  else if (program === 'cucumber-js') world.runCucumber(args, cwd)
  else if (program === 'npm' || program === 'npx') world.run(program, args, cwd)
  else if (program === 'node') world.run(process.execPath, args, cwd)
  else if (program === 'git') world.run('git', args, cwd, GIT_IDENTITY)
  // As `npx nx` runs it: the workspace's own nx, from its node_modules/.bin.
  else if (program === 'nx') world.run(process.execPath, [path.join(cwd, 'node_modules', '.bin', 'nx'), ...args], cwd)
  else throw new Error(`unknown program in step: ${program}`)
}

When('I run {string}', function (this: SpecloopWorld, commandLine: string) {
  runProgram(this, commandLine)
})

Given('a home folder outside the project whose {string} holds a token', function (this: SpecloopWorld, file: string) {
  const home = fs.mkdtempSync(path.join(path.dirname(this.projectDirectory), 'specloop-home-'))
  fs.writeFileSync(path.join(home, file), '//registry.npmjs.org/:_authToken=npm_plantedtokenplantedtoken00\n')
  this.extraEnvironment.HOME = home
})

Then('the exit code is {int}', function (this: SpecloopWorld, expected: number) {
  expect(this.lastRun?.exitCode, this.output).to.equal(expected)
})

Then('the output contains:', function (this: SpecloopWorld, expected: string) {
  expect(this.output).to.include(expandPlaceholders(this, expected))
})

Then('the output contains {string}', function (this: SpecloopWorld, expected: string) {
  expect(this.output).to.include(expandPlaceholders(this, expected))
})

Then('the output does not contain {string}', function (this: SpecloopWorld, unexpected: string) {
  expect(this.output).not.to.include(unexpected)
})

Then('the output has no stack trace', function (this: SpecloopWorld) {
  expect(this.output).not.to.match(STACK_FRAME)
})

// Tab and line feed are text; any other control character would be a byte of a file handed to the terminal.
Then('the output has no control characters', function (this: SpecloopWorld) {
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  const control = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.exec(this.output)
  expect(control, `control character 0x${control?.[0].charCodeAt(0).toString(16)} in the output`).to.equal(null)
})

Then('the output lines starting with {string} are, in order:', function (this: SpecloopWorld, prefix: string, expected: string) {
  const lines = this.output.split('\n').filter((line) => line.startsWith(prefix))
  expect(lines).to.deep.equal(expected.split('\n'))
})

function jsonValue(world: SpecloopWorld, jsonPath: string, document: unknown = JSON.parse(world.lastRun!.stdout)): unknown {
  return jsonPath.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], document)
}

Then('the JSON output has {string} equal to {int}', function (this: SpecloopWorld, jsonPath: string, expected: number) {
  expect(jsonValue(this, jsonPath)).to.equal(expected)
})

Then('the JSON output has {string} equal to {string}', function (this: SpecloopWorld, jsonPath: string, expected: string) {
  expect(jsonValue(this, jsonPath)).to.equal(expected)
})

Then(
  'the JSON output has {string} equal to the number of lines below the provenance header of {string}',
  function (this: SpecloopWorld, jsonPath: string, relative: string) {
    // The header is two lines and a blank line; the body's last line ends with a newline.
    const body = this.readFile(relative).split('\n').slice(3)
    expect(jsonValue(this, jsonPath)).to.equal(body.length - (body.at(-1) === '' ? 1 : 0))
  }
)

Then(
  'the file {string} has {string} equal to {string}',
  function (this: SpecloopWorld, relative: string, jsonPath: string, expected: string) {
    expect(jsonValue(this, jsonPath, JSON.parse(this.readFile(relative)))).to.equal(expected)
  }
)

Then('the output has a line with {string} and {string}', function (this: SpecloopWorld, first: string, second: string) {
  const lines = this.output.split('\n').filter((line) => line.includes(first) && line.includes(second))
  expect(
    lines,
    `no line of the output has both ${JSON.stringify(first)} and ${JSON.stringify(second)}:\n${this.output}`
  ).to.have.length.greaterThan(0)
})

Then('the file {string} exists', function (this: SpecloopWorld, relative: string) {
  expect(fs.existsSync(this.pathOf(relative)), relative).to.equal(true)
})

Then('the file {string} does not exist', function (this: SpecloopWorld, relative: string) {
  expect(fs.existsSync(this.pathOf(relative)), relative).to.equal(false)
})

Then('the file {string} still contains {string}', function (this: SpecloopWorld, relative: string, expected: string) {
  expect(this.readFile(relative)).to.include(expected)
})

Then('the directory {string} contains only:', function (this: SpecloopWorld, relative: string, expected: string) {
  const listing = fs.readdirSync(path.join(this.projectDirectory, relative)).sort()
  expect(listing).to.deep.equal(
    expected
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .sort()
  )
})

Then('the directory {string} is empty', function (this: SpecloopWorld, relative: string) {
  expect(fs.readdirSync(path.join(this.projectDirectory, relative))).to.deep.equal([])
})

When('the project {string} has its dependencies installed', function (this: SpecloopWorld, relative: string) {
  // The suite runs offline: the project's devDependencies are the ones this repository pins.
  this.installDeclaredDependencies(this.pathOf(relative))
})

Given('specloop installed in the project as npm installs a folder: a link, and its lock entry', function (this: SpecloopWorld) {
  fs.mkdirSync(this.pathOf('node_modules'), { recursive: true })
  fs.symlinkSync(repositoryRoot, this.pathOf('node_modules/specloop'), 'dir')
  const resolved = path.relative(this.projectDirectory, repositoryRoot).split(path.sep).join('/')
  const lock = {
    lockfileVersion: 3,
    packages: { '': { devDependencies: { specloop: `file:${resolved}` } }, 'node_modules/specloop': { resolved, link: true } }
  }
  this.writeFile('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`)
})

Then('the file {string} names specloop by the folder it was installed from', function (this: SpecloopWorld, relative: string) {
  const spec = (JSON.parse(this.readFile(relative)) as { devDependencies?: Record<string, string> }).devDependencies?.specloop ?? ''
  expect(spec, 'devDependencies.specloop').to.match(/^file:/)
  expect(path.resolve(path.dirname(this.pathOf(relative)), spec.slice('file:'.length))).to.equal(fs.realpathSync(repositoryRoot))
})

Then('the file {string} does not name specloop', function (this: SpecloopWorld, relative: string) {
  const manifest = JSON.parse(this.readFile(relative)) as { dependencies?: object; devDependencies?: object }
  expect({ ...manifest.dependencies, ...manifest.devDependencies }).not.to.have.property('specloop')
})

/** Quoted for sh: `script` takes one command line. */
function shellQuoted(argument: string): string {
  return `'${argument.replaceAll("'", `'\\''`)}'`
}

/**
 * Runs specloop under a pseudo-terminal (util-linux `script`), as a person at a terminal does:
 * not in CI and with no colour setting, unless `setting` (NAME=value) names one.
 */
function runOnTerminal(world: SpecloopWorld, commandLine: string, setting?: string): void {
  const [program, ...args] = splitArguments(expandPlaceholders(world, commandLine))
  if (program !== 'specloop') throw new Error(`only specloop runs on a terminal in these steps, not ${program}`)
  const command = [process.execPath, world.cliPath, ...args].map(shellQuoted).join(' ')
  const [name, value] = setting ? setting.split('=') : []
  const unset = ['CI', 'FORCE_COLOR', 'NO_COLOR'].filter((variable) => variable !== name)
  world.unsetEnvironment.push(...unset)
  if (name) world.extraEnvironment[name] = value
  try {
    world.run('script', ['-qec', command, '/dev/null'])
  } finally {
    world.unsetEnvironment.splice(world.unsetEnvironment.length - unset.length)
    if (name) delete world.extraEnvironment[name]
  }
}

When('I run {string} on a terminal', function (this: SpecloopWorld, commandLine: string) {
  runOnTerminal(this, commandLine)
})

When('I run {string} on a terminal with {string}', function (this: SpecloopWorld, commandLine: string, setting: string) {
  runOnTerminal(this, commandLine, setting)
})

// An SGR escape sequence: ESC [ parameters m.
const COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`)

Then('the output is coloured', function (this: SpecloopWorld) {
  expect(this.output).to.match(COLOUR)
})

Then('the output has no colour', function (this: SpecloopWorld) {
  expect(this.output).not.to.match(COLOUR)
})

Then('the output without colour contains {string}', function (this: SpecloopWorld, expected: string) {
  expect(this.output.replace(new RegExp(COLOUR.source, 'g'), '')).to.contain(expected)
})

When('I run {string} in {string}', function (this: SpecloopWorld, commandLine: string, relative: string) {
  fs.mkdirSync(this.pathOf(relative), { recursive: true })
  runProgram(this, commandLine, this.pathOf(relative))
})
