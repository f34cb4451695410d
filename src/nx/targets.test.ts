import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { CreateNodesV2 } from 'nx/src/devkit-exports'
import { createNodesV2, CUCUMBER_CONFIGURATION_GLOB } from './plugin'
import { inferSpecloopTargets, specloopInputs, SpecloopNxPluginOptions } from './targets'

const facts = {
  configFile: 'cucumber.js',
  featureFiles: ['features/basket.feature', 'features/nested/checkout page.feature'],
  supportFiles: ['steps/basket.steps.ts', 'support/hooks.ts']
}

// The plugin is Nx's plugin type (a compile-time check: nx is a type here, never loaded).
const typed: CreateNodesV2<SpecloopNxPluginOptions> = createNodesV2
void typed

test('a project gets check, generate, verify and report, each running specloop in the project', () => {
  const targets = inferSpecloopTargets(facts)
  for (const command of ['check', 'generate', 'verify', 'report']) {
    assert.equal(targets[`spec-${command}`]?.command, `specloop ${command}`)
    assert.deepEqual(targets[`spec-${command}`]?.options, { cwd: '{projectRoot}' })
  }
  assert.equal(targets['spec-check']?.cache, true)
  assert.equal(targets['spec-verify']?.cache, true)
  assert.equal(targets['spec-report']?.cache, true)
  assert.equal(targets['spec-generate']?.cache, false)
  assert.deepEqual(targets['spec-verify']?.outputs, ['{projectRoot}/.specloop/runs'])
  assert.deepEqual(targets['spec-report']?.outputs, ['{projectRoot}/reports'])
  assert.deepEqual(targets['spec-report']?.dependsOn, ['spec-verify'])
})

test('the inputs are the sources, the configuration and the versions of specloop and cucumber-js', () => {
  const inputs = specloopInputs(facts)
  for (const input of [
    '{projectRoot}/**/*.feature',
    '{projectRoot}/steps/**/*',
    '{projectRoot}/generated/**/*',
    '{projectRoot}/src/**/*',
    '{projectRoot}/tsconfig.json',
    '{projectRoot}/cucumber.js'
  ]) {
    assert.ok(inputs.includes(input), `${input} in ${JSON.stringify(inputs)}`)
  }
  assert.deepEqual(inputs.at(-1), { externalDependencies: ['specloop', '@cucumber/cucumber'] })
  // Support code outside the usual folders is an input by name; code inside them is not repeated.
  assert.ok(inputs.includes('{projectRoot}/support/hooks.ts'))
  assert.ok(!inputs.includes('{projectRoot}/steps/basket.steps.ts'))
  assert.deepEqual(
    specloopInputs({ ...facts, configFile: 'cucumber.yaml' }).filter((input) => typeof input === 'string' && input.includes('cucumber.')),
    ['{projectRoot}/cucumber.yaml']
  )
})

test('each feature file gets its own verify target, grouped under the CI target', () => {
  const targets = inferSpecloopTargets(facts)
  assert.equal(targets['spec-verify--features/basket.feature']?.command, 'specloop verify features/basket.feature')
  // A path the shell would split is quoted.
  assert.equal(
    targets['spec-verify--features/nested/checkout page.feature']?.command,
    "specloop verify 'features/nested/checkout page.feature'"
  )
  assert.equal(targets['spec-verify--features/basket.feature']?.cache, true)
  assert.deepEqual(targets['spec-verify-ci']?.dependsOn, [
    { target: 'spec-verify--features/basket.feature', params: 'forward' },
    { target: 'spec-verify--features/nested/checkout page.feature', params: 'forward' }
  ])
  assert.equal(targets['spec-verify-ci']?.executor, 'nx:noop')
})

test('the target prefix is an option', () => {
  const targets = inferSpecloopTargets(facts, { targetPrefix: 'bdd:' })
  assert.deepEqual(Object.keys(targets).sort(), [
    'bdd:check',
    'bdd:generate',
    'bdd:report',
    'bdd:verify',
    'bdd:verify--features/basket.feature',
    'bdd:verify--features/nested/checkout page.feature',
    'bdd:verify-ci'
  ])
  assert.deepEqual(targets['bdd:report']?.dependsOn, ['bdd:verify'])
  assert.equal((targets['bdd:verify-ci']?.dependsOn as { target: string }[])[0]?.target, 'bdd:verify--features/basket.feature')
})

test('the plugin looks for every configuration file cucumber-js reads', () => {
  assert.equal(createNodesV2[0], CUCUMBER_CONFIGURATION_GLOB)
  for (const name of ['cucumber.js', 'cucumber.cjs', 'cucumber.mjs', 'cucumber.json', 'cucumber.yaml', 'cucumber.yml'])
    assert.ok(CUCUMBER_CONFIGURATION_GLOB.includes(name), name)
})
