Feature: verify runs scenarios in a sandbox
  By default the scenarios run under Node's permission model: they may read the project and
  the node_modules it resolves from (its own, and a monorepo's root where npm workspaces hoist
  them), not the home directory's configuration (such as ~/.npmrc, unless
  SPECLOOP_SANDBOX_READ names it), and write only under .specloop/, which must hold no symbolic
  link. Where the system allows it (`unshare -rn`), they have no network either. A step that
  spawns a process, writes elsewhere, reads elsewhere or connects anywhere fails with a message
  naming what was refused; --no-sandbox turns all of it off.

  Background:
    Given a project with the file "steps/escape.steps.ts":
      """
      import { When, Then } from '@cucumber/cucumber'
      import fs from 'node:fs'
      import assert from 'node:assert'
      import { execFileSync } from 'node:child_process'

      When('a step writes {string}', function (file: string) {
        fs.writeFileSync(file, 'written')
      })
      When('a step starts a process', function () {
        execFileSync(process.execPath, ['--version'])
      })
      When('a step reads {string}', function (file: string) {
        fs.readFileSync(file.replace(/^~/, process.env.HOME ?? ''), 'utf8')
      })
      When('a step connects to {string}', async function (address: string) {
        const response = await fetch(address)
        await response.text()
      })
      Then('it worked', function () {
        assert.ok(true)
      })
      """

  Scenario: writing outside .specloop/ is refused, naming the permission
    Given the file "features/escape.feature":
      """
      Feature: escape
        Scenario: write next to the project's files
          When a step writes "escaped.txt"
          Then it worked

        Scenario: write under .specloop
          When a step writes ".specloop/allowed.txt"
          Then it worked
      """
    When I run "specloop verify"
    Then the exit code is 1
    And the output contains "2 scenarios (1 failed, 1 passed)"
    And the output contains "sandbox: permission FileSystemWrite denied"
    And the output contains "escaped.txt"
    And the file "escaped.txt" does not exist
    And the file ".specloop/allowed.txt" exists

  Scenario: starting a process is refused
    Given the file "features/spawn.feature":
      """
      Feature: spawn
        Scenario: start a process
          When a step starts a process
          Then it worked
      """
    When I run "specloop verify"
    Then the exit code is 1
    And the output contains "sandbox: permission ChildProcess denied"

  Scenario: --no-sandbox lets a project that needs more run
    Given the file "features/spawn.feature":
      """
      Feature: spawn
        Scenario: start a process
          When a step starts a process
          Then it worked
      """
    When I run "specloop verify --no-sandbox"
    Then the exit code is 0
    And the output contains "1 scenario (1 passed)"

  Scenario: the formatters the cucumber configuration names still write their files
    Given the file "cucumber.js":
      """
      module.exports = { default: { requireModule: ['ts-node/register/transpile-only'], require: ['steps/**/*.ts'], format: ['progress', 'json:out/results/cucumber.json', 'message:cucumber-messages.ndjson'] } }
      """
    And the file "features/ok.feature":
      """
      Feature: ok
        Scenario: fine
          Then it worked
      """
    When I run "specloop verify"
    Then the exit code is 0
    And the file "out/results/cucumber.json" still contains "\"name\": \"fine\""
    And the file "cucumber-messages.ndjson" still contains "\"testRunFinished\""
    And the output has no stack trace

  Scenario: the home directory's configuration is not readable, unless named
    Given the file "features/secrets.feature":
      """
      Feature: secrets
        Scenario: read the npm configuration
          When a step reads "~/.npmrc"
          Then it worked
      """
    And a home folder outside the project whose ".npmrc" holds a token
    When I run "specloop verify"
    Then the exit code is 1
    And the output contains "sandbox: permission FileSystemRead denied"
    And the output does not contain "npm_plantedtoken"

  Scenario: the generate loop runs the suite in the same sandbox: no home-directory configuration
    Given the file "features/secrets.feature":
      """
      Feature: secrets
        Scenario: read the npm configuration
          When a step reads "~/.npmrc"
          Then it worked
      """
    And the file "cucumber.js":
      """
      module.exports = { default: { requireModule: ['ts-node/register/transpile-only'], require: ['steps/**/*.ts'] } }
      """
    And the file "tsconfig.json":
      """
      { "compilerOptions": { "module": "commonjs", "target": "es2022", "esModuleInterop": true, "strict": true, "types": ["node"] } }
      """
    And a home folder outside the project whose ".npmrc" holds a token
    When I run "specloop generate"
    Then the exit code is 1
    And the output contains "Access to this API has been restricted (the sandbox refused it: the code under evaluation may read the project"
    And the output does not contain "npm_plantedtoken"

  Scenario: scenarios have no network while they are verified
    Given the file "features/network.feature":
      """
      Feature: network
        Scenario: call a local server
          When a step connects to "http://127.0.0.1:9/"
          Then it worked
      """
    When I run "specloop verify"
    Then the exit code is 1
    And the output does not contain "ECONNREFUSED"
    And the output contains "1 scenario (1 failed)"

  Scenario: a symbolic link planted under .specloop/ stops the run before anything runs
    Given the file "features/ok.feature":
      """
      Feature: ok
        Scenario: fine
          Then it worked
      """
    And ".specloop/runs/escape" is a symbolic link to a folder outside the project
    When I run "specloop verify"
    Then the exit code is 2
    And the output contains ".specloop/runs/escape is a symbolic link inside a folder the sandbox lets scenarios write in"
    And the output has no stack trace

  Scenario: a package of an npm-workspaces monorepo reads the dependencies hoisted to the root, and nothing else of the monorepo
    Given the file "package.json":
      """
      { "private": true, "workspaces": ["packages/*"] }
      """
    And the file "secret.txt":
      """
      monorepo-secret
      """
    And the file "packages/app/package.json":
      """
      { "name": "app", "version": "1.0.0", "devDependencies": { "chai": "6.3.0" } }
      """
    And the file "packages/app/steps/app.steps.ts":
      """
      import { Then, When } from '@cucumber/cucumber'
      import { expect } from 'chai'
      import fs from 'node:fs'

      When('the package reads {string}', function (file: string) {
        fs.readFileSync(file, 'utf8')
      })
      Then('chai, hoisted to the root, compares {int} and {int}', function (left: number, right: number) {
        expect(left).to.equal(right)
      })
      """
    And the file "packages/app/features/app.feature":
      """
      Feature: app
        Scenario: use a hoisted dependency
          Then chai, hoisted to the root, compares 2 and 2

        Scenario: read a file of the monorepo outside the package
          When the package reads "../../secret.txt"
      """
    When I run "specloop verify" in "packages/app"
    Then the exit code is 1
    And the output contains "2 scenarios (1 failed, 1 passed)"
    And the output contains "sandbox: permission FileSystemRead denied"
    And the output does not contain "Access to this API has been restricted"
    And the output does not contain "monorepo-secret"
