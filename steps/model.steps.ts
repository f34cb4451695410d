import fs from 'node:fs'
import path from 'node:path'
import { spawn } from 'node:child_process'
import { After, Given, When, Then, DataTable } from '@cucumber/cucumber'
import { expect } from 'chai'
import { repositoryRoot, SpecloopWorld } from './support/world'
import {
  accountAnswer,
  AccountAnswerName,
  tableAnswer,
  tillAnswer,
  startFixtureOpenAiServer,
  FixtureOpenAiServer,
  ScriptedResponse
} from '../src/generators/model/testing'
import { renderWithProvenance, sha256 } from '../src/workspace'
import { readLedger } from '../src/ledger'
import type { LedgerEntry } from '../src/ledger'

/** A key no real account has; every output and file is searched for it. */
const PLANTED_KEY = 'sk-fixture-PLANTED-0123456789abcdefghij'
const cliPath = path.join(repositoryRoot, 'bin', 'specloop.js')

interface ModelWorld extends SpecloopWorld {
  fixtureServer?: FixtureOpenAiServer
  allOutput?: string
  rememberedFiles?: Map<string, string>
  handEdited?: Map<string, string>
  /** What a command printed on stdout, kept for a later comparison. */
  printed?: string
}

function account(name: AccountAnswerName) {
  return accountAnswer(name)
}

/** The scripted answers a scenario names, in words. */
function scriptedResponse(name: string): ScriptedResponse {
  const named: Record<string, ScriptedResponse> = {
    'the correct account': { kind: 'answer', files: account('correct') },
    'morse code as a rule': { kind: 'answer', files: tableAnswer('morse-rule') },
    'morse code as a lookup of the rows': { kind: 'answer', files: tableAnswer('morse-lookup') },
    'morse code as a rule, and delivery days with a fifth band beyond the examples': {
      kind: 'answer',
      files: tableAnswer('morse-rule', 'delivery-extra-band')
    },
    'morse code as a rule, and delivery days by the same rule in other words': {
      kind: 'answer',
      files: tableAnswer('morse-rule', 'delivery-same-rule')
    },
    'the till skeleton filled in': { kind: 'answer', files: tillAnswer('filled') },
    'the till skeleton without its method voidLastLine': { kind: 'answer', files: tillAnswer('without-void') },
    'an account that ignores withdrawals': { kind: 'answer', files: account('withdraw-ignored') },
    'an account with the wrong refusal message': { kind: 'answer', files: account('refusal-message-wrong') },
    'a broken account': { kind: 'answer', files: account('broken') },
    'the correct account, with code that reads the environment': { kind: 'answer', files: account('correct-but-reads-environment') },
    'the correct account as a tool call': { kind: 'answer', files: account('correct'), via: 'tool-call' },
    'the correct account as fenced blocks': {
      kind: 'text',
      content:
        account('correct')
          .map((file) => `${file.path}\n\`\`\`ts\n${file.content}\`\`\``)
          .join('\n\n') + '\n\nAn account class and its steps.'
    },
    'HTTP 429': { kind: 'error', status: 429, message: 'rate limited', headers: { 'retry-after-ms': '10' } },
    'HTTP 500': { kind: 'error', status: 500, message: 'server error', headers: { 'retry-after-ms': '10' } },
    'HTTP 500 echoing the key': {
      kind: 'error',
      status: 500,
      message: 'server error for {{authorization}}',
      headers: { 'retry-after-ms': '10' }
    },
    'HTTP 401 echoing the key': { kind: 'error', status: 401, message: 'Incorrect API key provided: {{authorization}}' },
    'HTTP 429 asking to retry after an hour': { kind: 'error', status: 429, message: 'rate limited', headers: { 'retry-after': '3600' } },
    'no answer for an hour': { kind: 'answer', files: account('correct'), delayMs: 3_600_000 },
    'the correct account, with the key echoed in a comment': {
      kind: 'answer',
      files: account('correct').map((file, index) =>
        index === 0 ? { ...file, content: `// served for {{authorization}}\n${file.content}` } : file
      )
    },
    // Code that never finishes loading: the suite that loads it hangs before any scenario runs.
    'an account that loops when it is loaded': {
      kind: 'answer',
      files: account('correct').map((file, index) =>
        index === 0
          ? {
              ...file,
              content:
                `import { writeFileSync } from 'node:fs'\nwriteFileSync('.specloop/pids', String(process.pid))\n` +
                `while (Date.now() > 0) {}\n${file.content}`
            }
          : file
      )
    },
    'an answer after 3 seconds': { kind: 'answer', files: account('correct'), delayMs: 3000 },
    'malformed JSON': { kind: 'text', content: '{"files": [{"path": "generated/src/account.ts", "content": "export class' },
    'an answer cut off at the length limit': { kind: 'text', content: '{"files": [', finishReason: 'length' },
    'rejection of response_format': { kind: 'reject', feature: 'response_format' },
    'rejection of tools': { kind: 'reject', feature: 'tools' },
    'the correct account and files outside the allowed folders': {
      kind: 'answer',
      files: [
        ...account('correct'),
        { path: '../../escaped.ts', content: 'export const x = 1\n' },
        { path: '/etc/specloop-escaped.ts', content: 'export const x = 1\n' },
        { path: 'package.json', content: '{}\n' },
        { path: 'features/account.feature', content: 'Feature: replaced\n' },
        { path: 'generated/notes.md', content: 'notes\n' },
        { path: 'generated/outside/escaped.ts', content: 'export const x = 1\n' }
      ]
    },
    // Longer than any file system's 255 bytes for a name: writing it fails with ENAMETOOLONG.
    'the correct account and a file name of 300 characters': {
      kind: 'answer',
      files: [...account('correct'), { path: `generated/src/${'a'.repeat(297)}.ts`, content: 'export const x = 1\n' }]
    }
  }
  const response = named[name]
  if (!response) throw new Error(`no scripted response named "${name}"`)
  return response
}

function runAsync(world: ModelWorld, args: string[], env: Record<string, string | undefined>): Promise<void> {
  return new Promise((resolve) => {
    const environment: NodeJS.ProcessEnv = { ...process.env, CI: 'true', FORCE_COLOR: '0', ...world.extraEnvironment }
    for (const name of ['OPENAI_API_KEY', 'OPENAI_BASE_URL', 'SPECLOOP_MODEL']) delete environment[name]
    for (const [name, value] of Object.entries(env)) if (value !== undefined) environment[name] = value
    // The CLI runs as a child while this process serves the fixture model: spawn, not spawnSync.
    const started = Date.now()
    const child = spawn(process.execPath, [cliPath, ...args], { cwd: world.projectDirectory, env: environment })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('close', (code) => {
      world.lastRun = { command: ['specloop', ...args].join(' '), exitCode: code ?? -1, stdout, stderr, durationMs: Date.now() - started }
      world.allOutput = `${world.allOutput ?? ''}${stdout}${stderr}`
      resolve()
    })
  })
}

function splitArguments(commandLine: string): string[] {
  return (commandLine.match(/"[^"]*"|'[^']*'|\S+/g) ?? []).map((part) => part.replace(/^(["'])(.*)\1$/, '$2'))
}

function filesUnder(directory: string): string[] {
  const found: string[] = []
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      if (entry.name === 'node_modules') continue
      const full = path.join(current, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.isFile()) found.push(full)
    }
  }
  walk(directory)
  return found.sort()
}

/** A cucumber-js project (the bank-account example's configuration) with these features from src/testdata. */
function specificationProject(world: ModelWorld, features: string[]): void {
  world.linkNodeModules()
  const example = path.join(repositoryRoot, 'examples', 'bank-account')
  for (const file of ['cucumber.js', 'tsconfig.json', 'package.json']) world.writeFile(file, fs.readFileSync(path.join(example, file)))
  for (const feature of features)
    world.writeFile(`features/${path.basename(feature)}`, fs.readFileSync(path.join(repositoryRoot, 'src', 'testdata', feature)))
}

Given('the bank account specification', function (this: ModelWorld) {
  specificationProject(this, ['synthesis/account.feature'])
})

Given('the delivery and morse code specification', function (this: ModelWorld) {
  specificationProject(this, ['model/delivery.feature', 'model/morse.feature'])
})

Given('the till specification', function (this: ModelWorld) {
  specificationProject(this, ['model/till.feature'])
})

Given('the fixture model answers, in order:', async function (this: ModelWorld, table: DataTable) {
  this.fixtureServer = await startFixtureOpenAiServer(table.raw().map(([name]) => scriptedResponse(name)))
})

Given('{string} is a symbolic link to a folder outside the project', function (this: ModelWorld, relative: string) {
  const outside = fs.mkdtempSync(path.join(path.dirname(this.projectDirectory), 'specloop-outside-'))
  fs.mkdirSync(path.dirname(this.pathOf(relative)), { recursive: true })
  fs.symlinkSync(outside, this.pathOf(relative), 'dir')
})

Given('a generated file {string} that was edited by hand', function (this: ModelWorld, relative: string) {
  const generated = renderWithProvenance(account('correct').find((file) => file.path === relative)!.content, {
    generator: 'openai',
    version: '0.0.0',
    sources: []
  })
  const edited = generated.replace('/** A bank account', '/** My own bank account, edited by hand')
  this.writeFile(relative, edited)
  this.handEdited = (this.handEdited ?? new Map()).set(relative, edited)
})

When('I run {string} with the fixture model', async function (this: ModelWorld, commandLine: string) {
  const [program, ...args] = splitArguments(commandLine)
  if (program !== 'specloop') throw new Error(`unknown program in step: ${program}`)
  await runAsync(this, args, { OPENAI_BASE_URL: this.fixtureServer!.url, OPENAI_API_KEY: PLANTED_KEY, SPECLOOP_MODEL: 'fixture-model' })
})

When('I run {string} with the model endpoint {string}', async function (this: ModelWorld, commandLine: string, endpoint: string) {
  const [, ...args] = splitArguments(commandLine)
  await runAsync(this, args, { OPENAI_BASE_URL: endpoint, OPENAI_API_KEY: PLANTED_KEY, SPECLOOP_MODEL: 'fixture-model' })
})

When('I keep what was printed', function (this: ModelWorld) {
  this.printed = this.lastRun!.stdout
  expect(this.printed).not.to.equal('')
})

Then('request {int} to the fixture model is, byte for byte, what was printed', function (this: ModelWorld, index: number) {
  const received = this.fixtureServer!.requests[index - 1]
  expect(received, 'the request was sent').not.to.equal(undefined)
  expect(`${received.raw}\n`).to.equal(this.printed)
})

Then("the ledger's model call names what the prompt included, without its text", function (this: ModelWorld) {
  const lines = readLedger(this.projectDirectory).map((entry) => JSON.stringify(entry))
  const calls = lines.map((line) => JSON.parse(line)).filter((entry) => entry.kind === 'model-round')
  expect(calls).to.have.length(1)
  const call = calls[0].result
  expect(call.endpoint).to.equal(this.fixtureServer!.url)
  expect(call.model).to.equal('fixture-model')
  expect(call.promptBytes).to.equal(Buffer.byteLength(this.fixtureServer!.requests[0].raw))
  expect(call.answerBytes).to.be.above(0)
  expect(call.tokens.input).to.be.above(0)
  expect(call.tokensEstimated).to.equal(false)
  const scenarios = call.included.scenarios as { path: string; line: number; sha256: string; bytes: number }[]
  expect(scenarios.length).to.be.above(0)
  for (const scenario of scenarios) {
    expect(scenario.path).to.equal('features/account.feature')
    expect(scenario.sha256).to.match(/^[0-9a-f]{64}$/)
    expect(scenario.bytes).to.be.above(0)
  }
  expect(call.included.files.map((file: { path: string }) => file.path)).not.to.include('src/secret/pricing.ts')
  const ledger = lines.filter((line) => line.includes('"model-round"')).join('\n')
  for (const text of [
    'a deposit shows in the balance',
    'an account with balance',
    'Feature: Bank account',
    'class BankAccount',
    PLANTED_KEY
  ])
    expect(ledger).not.to.include(text)
})

Then("the ledger's model round {int} shows the skeleton {string}", function (this: ModelWorld, round: number, relative: string) {
  const calls = readLedger(this.projectDirectory).filter((entry) => entry.kind === 'model-round')
  const included = (calls[round - 1]?.result as { included?: { files?: Array<{ path: string; part: string; sha256: string }> } })?.included
  const shown = (included?.files ?? []).filter((file) => file.part === 'skeleton')
  expect(shown.map((file) => file.path)).to.deep.equal([relative])
  // The hash of what the prompt showed is the skeleton's own: the one its provenance header records.
  const written = (calls[round - 1]?.files ?? []) as Array<{ path: string }>
  expect(written.map((file) => file.path)).to.include(relative)
  const header = /"skeleton":\{"path":"([^"]+)","sha256":"([0-9a-f]{64})"\}/.exec(fs.readFileSync(this.pathOf(relative), 'utf8'))
  expect(header?.[1]).to.equal(relative)
  expect(header?.[2]).to.equal(shown[0]!.sha256)
})

When('I run {string} offline, with no model configured', async function (this: ModelWorld, commandLine: string) {
  const [, ...args] = splitArguments(commandLine)
  await runAsync(this, args, {})
})

Then('the run took less than {int} seconds', function (this: ModelWorld, seconds: number) {
  expect(this.lastRun?.durationMs ?? Infinity, this.output).to.be.below(seconds * 1000)
})

Then('the fixture model received {int} request(s)', function (this: ModelWorld, count: number) {
  expect(this.fixtureServer!.requests.length).to.equal(count)
})

Then('request {int} to the fixture model contains {string}', function (this: ModelWorld, index: number, expected: string) {
  expect(this.fixtureServer!.requests[index - 1]?.text).to.include(expected)
})

Then('request {int} to the fixture model contains:', function (this: ModelWorld, index: number, expected: string) {
  expect(this.fixtureServer!.requests[index - 1]?.text).to.include(expected)
})

Then('request {int} to the fixture model does not contain {string}', function (this: ModelWorld, index: number, unexpected: string) {
  expect(this.fixtureServer!.requests[index - 1]?.text).not.to.include(unexpected)
})

Then('request {int} to the fixture model asks for {string}', function (this: ModelWorld, index: number, field: string) {
  expect(this.fixtureServer!.requests[index - 1]?.body).to.have.property(field)
})

Then(
  'the file {string} starts with a provenance header naming the model {string}',
  function (this: ModelWorld, relative: string, model: string) {
    const [headline, marker] = this.readFile(relative).split('\n')
    expect(headline).to.include(`(openai, model ${model})`)
    const provenance = JSON.parse(marker.replace('// specloop-provenance: ', ''))
    expect(provenance).to.include({ generator: 'openai', model })
    expect(provenance.promptSha256).to.match(/^[0-9a-f]{64}$/)
    expect(provenance.round).to.be.a('number')
  }
)

Then('the ledger has {int} entr(y)(ies) of kind {string}', function (this: SpecloopWorld, count: number, kind: string) {
  const entries = readLedger(this.projectDirectory) as (LedgerEntry & { result: Record<string, unknown> & { tokens: object } })[]
  expect(entries.filter((entry) => entry.kind === kind)).to.have.length(count)
  for (const entry of entries.filter((entry) => entry.kind === 'model-round')) {
    // A model call on record: which model, what was sent and received (as hashes), what it cost.
    expect(entry.result.promptSha256).to.match(/^[0-9a-f]{64}$/)
    expect(entry.result.model).to.be.a('string')
    expect(entry.result.tokens).to.have.all.keys('input', 'output')
    if (entry.result.problem === null) expect(entry.result.answerSha256).to.match(/^[0-9a-f]{64}$/)
  }
})

Then('the hand-edited file {string} is unchanged', function (this: ModelWorld, relative: string) {
  expect(this.readFile(relative)).to.equal(this.handEdited!.get(relative))
})

Then('nothing was written outside the allowed folders', function (this: ModelWorld) {
  expect(fs.existsSync(path.resolve(this.projectDirectory, '../../escaped.ts'))).to.equal(false)
  expect(fs.existsSync('/etc/specloop-escaped.ts')).to.equal(false)
  expect(fs.existsSync(this.pathOf('package.json')) && this.readFile('package.json')).not.to.equal('{}\n')
  expect(this.readFile('features/account.feature')).to.include('Feature: Bank account')
  expect(fs.existsSync(this.pathOf('generated/notes.md'))).to.equal(false)
  if (fs.existsSync(this.pathOf('generated/outside'))) {
    const outside = fs.realpathSync(this.pathOf('generated/outside'))
    expect(fs.readdirSync(outside)).to.deep.equal([])
    fs.rmSync(outside, { recursive: true, force: true })
  }
})

Then('the API key appears in no output, no file, no ledger entry and no cassette', function (this: ModelWorld) {
  // The key was really sent: the fixture saw it, so not finding it below means it was kept out.
  expect(this.fixtureServer!.requests.some((request) => request.authorization === `Bearer ${PLANTED_KEY}`)).to.equal(true)
  expect(this.allOutput ?? '').not.to.include(PLANTED_KEY)
  const files = filesUnder(this.projectDirectory)
  expect(files.some((file) => /\.specloop\/ledger\/[0-9a-f]{64}\.json$/.test(file.split(path.sep).join('/')))).to.equal(true)
  expect(files.some((file) => /cassette/.test(file))).to.equal(true)
  for (const file of files) expect(fs.readFileSync(file, 'utf8'), file).not.to.include(PLANTED_KEY)
})

When('I remember the generated files', function (this: ModelWorld) {
  this.rememberedFiles = new Map(
    filesUnder(this.pathOf('generated')).map((file) => [path.relative(this.projectDirectory, file), sha256(fs.readFileSync(file))])
  )
  expect(this.rememberedFiles.size).to.be.greaterThan(0)
})

When('I delete {string}', function (this: ModelWorld, relative: string) {
  fs.rmSync(this.pathOf(relative), { recursive: true, force: true })
})

When('I change {string} in {string} to {string}', function (this: ModelWorld, from: string, relative: string, to: string) {
  const text = this.readFile(relative)
  expect(text).to.include(from)
  this.writeFile(relative, text.replace(from, to))
})

Then('the generated files are byte-identical to the remembered ones', function (this: ModelWorld) {
  const now = new Map(
    filesUnder(this.pathOf('generated')).map((file) => [path.relative(this.projectDirectory, file), sha256(fs.readFileSync(file))])
  )
  expect([...now.entries()]).to.deep.equal([...this.rememberedFiles!.entries()])
})

After(async function (this: ModelWorld) {
  await this.fixtureServer?.close()
})
