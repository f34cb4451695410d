import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { loadSpecification } from '../../specification'
import { buildFeedback } from '../loop'
import type { ScenarioResult, SuiteResult } from '../loop'
import { collectPromptContext } from './context'
import { buildPrompt } from './prompt'
import { packageRoot } from '../../package-root'

const { writeSyntheticProject } = require(path.join(packageRoot, 'bench', 'check', 'synthetic.js'))

const { countTokens } = require('gpt-tokenizer/encoding/o200k_base') as { countTokens(text: string): number }

test(
  'for one undefined step in the 10,000-scenario synthetic suite the prompt stays under 8,000 tokens',
  { timeout: 120_000 },
  async () => {
    const directory = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-prompt-size-')))
    try {
      const written = writeSyntheticProject(directory)
      assert.equal(written.scenarios, 10000)
      // Take one step definition away: every use of its step becomes undefined.
      const stepsFile = path.join(directory, 'steps', 'steps0.steps.ts')
      const withoutOne = fs.readFileSync(stepsFile, 'utf8').replace(/When\("the basket rule 1 is applied", function \(\) \{\n\s*\}\)\n/, '')
      assert.notEqual(withoutOne, fs.readFileSync(stepsFile, 'utf8'))
      fs.writeFileSync(stepsFile, withoutOne)

      const loaded = await loadSpecification({ cwd: directory, env: {} })
      assert.ok(loaded.specification, loaded.error?.message)
      const { features, support, binding } = loaded.specification!
      assert.deepEqual(
        binding!.undefinedSteps.map((step) => step.text),
        ['the basket rule 1 is applied']
      )
      const uses = binding!.undefinedSteps[0].uses
      assert.ok(uses.length > 50, `the step is used ${uses.length} times`)

      // What a suite run reports for those scenarios: undefined at that step.
      const pickles = new Map(features.flatMap((feature) => feature.pickles.map((pickle) => [pickle.id, pickle] as const)))
      const scenarios: ScenarioResult[] = uses.map((use) => ({
        name: use.pickleName,
        uri: use.uri,
        line: pickles.get(use.pickleId)!.location!.line,
        status: 'undefined',
        failingStep: { text: 'the basket rule 1 is applied', status: 'undefined' },
        undefinedSteps: ['the basket rule 1 is applied']
      }))
      const suite: SuiteResult = {
        scenarios,
        counts: { total: 10000, passed: 10000 - scenarios.length, undefined: scenarios.length },
        green: false,
        stepDefinitions: support.definitions.map((definition) => ({
          pattern: definition.pattern,
          patternKind: definition.patternKind,
          uri: definition.uri,
          line: definition.line
        })),
        exitCode: 1,
        timedOut: false,
        durationMs: 0
      }

      const context = collectPromptContext({
        cwd: directory,
        features,
        scenarios,
        stepDefinitions: suite.stepDefinitions,
        writtenFiles: [],
        allowedRoots: ['steps', 'generated', 'src'],
        supportGlobs: ['steps/**/*.ts']
      })
      const prompt = buildPrompt(context, buildFeedback({ suite }))
      const tokens = countTokens(prompt.messages.map((message) => message.content).join('\n'))
      console.log(
        `prompt: ${prompt.characters} characters, ${tokens} tokens (o200k_base), ` +
          `estimate ${prompt.estimatedTokens}; sections ${JSON.stringify(prompt.sections)}`
      )
      assert.ok(tokens < 8000, `${tokens} tokens`)
      // The context is selected, not dumped: the step, a few of its scenarios, related definitions.
      assert.match(prompt.messages[1].content, /- the basket rule 1 is applied/)
      assert.ok(context.featureExcerpts.length <= 2)
      assert.ok(context.stepDefinitions.length <= 40 && context.stepDefinitionsTotal === 299)
    } finally {
      fs.rmSync(directory, { recursive: true, force: true })
    }
  }
)
