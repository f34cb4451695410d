'use strict'
// bench/model: the size of the model's prompt for one undefined step in the 10,000-scenario
// synthetic suite, through the real path: a real cucumber-js run (--dry-run) read from its
// Cucumber Messages, the context selection, the prompt. Tokens are counted with gpt-tokenizer
// (o200k_base); the goal is under 8,000.
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const { repositoryRoot } = require('../lib')
const { writeSyntheticProject } = require('../check/synthetic')
const { countTokens } = require('gpt-tokenizer/encoding/o200k_base')

const dist = path.join(repositoryRoot, 'dist', 'src')
const { runGeneratedSuite, buildFeedback } = require(path.join(dist, 'generators', 'loop'))
const { collectPromptContext, buildPrompt } = require(path.join(dist, 'generators', 'model'))
const { loadSpecification } = require(path.join(dist, 'specification'))

async function main() {
  const directory = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-bench-prompt-')))
  try {
    const shape = writeSyntheticProject(directory)
    const stepsFile = path.join(directory, 'steps', 'steps0.steps.ts')
    fs.writeFileSync(
      stepsFile,
      fs.readFileSync(stepsFile, 'utf8').replace(/When\("the basket rule 1 is applied", function \(\) \{\n\s*\}\)\n/, '')
    )
    console.log(
      `synthetic suite: ${shape.scenarios} scenarios, ${shape.features} feature files, one of ${shape.stepDefinitions} step definitions removed`
    )
    const started = Date.now()
    const suite = await runGeneratedSuite({ cwd: directory, env: process.env, timeoutMs: 600_000, args: ['--dry-run'] })
    // A dry run skips the steps it could run; a real run of this suite passes them (they do nothing).
    for (const scenario of suite.scenarios) if (scenario.status === 'skipped') scenario.status = 'passed'
    suite.counts.passed = suite.scenarios.filter((scenario) => scenario.status === 'passed').length
    const undefinedScenarios = suite.scenarios.filter((scenario) => scenario.status === 'undefined')
    console.log(
      `cucumber-js --dry-run: ${suite.counts.total} scenarios, ${undefinedScenarios.length} with the undefined step, read in ${((Date.now() - started) / 1000).toFixed(1)} s`
    )
    const loaded = await loadSpecification({ cwd: directory, env: {} }, false)
    const selectionStarted = process.hrtime.bigint()
    const context = collectPromptContext({
      cwd: directory,
      features: loaded.specification.features,
      scenarios: suite.scenarios,
      stepDefinitions: suite.stepDefinitions,
      writtenFiles: [],
      allowedRoots: ['steps', 'generated', 'src'],
      supportGlobs: ['steps/**/*.ts']
    })
    const prompt = buildPrompt(context, buildFeedback({ suite }))
    const selectionMs = Number(process.hrtime.bigint() - selectionStarted) / 1e6
    const tokens = countTokens(prompt.messages.map((message) => message.content).join('\n'))
    console.log(
      `prompt: ${prompt.characters} characters, ${tokens} tokens (o200k_base; estimate characters/4 = ${prompt.estimatedTokens}), built in ${selectionMs.toFixed(0)} ms`
    )
    console.log(`sections: ${prompt.sections.map((section) => `${section.name} ${section.characters}`).join(', ')}`)
    console.log(`goal: under 8,000 tokens: ${tokens < 8000 ? 'met' : 'NOT met'}`)
    process.exitCode = tokens < 8000 ? 0 : 1
  } finally {
    fs.rmSync(directory, { recursive: true, force: true })
  }
}

main()
