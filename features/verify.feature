Feature: verify traces every scenario to the lines it ran
  `specloop verify` runs the suite as `npx cucumber-js` does (same configuration, same counts,
  same exit code) and records, for each scenario, the lines, functions and branches of the
  project's own TypeScript that it executed. It runs under Node's permission model by
  default, so the trace is recorded inside the sandbox.

  Background:
    Given a project with the file "src/shapes.ts":
      """
      export function area(kind: string, size: number): number {
        if (kind === 'circle') {
          return 3 * size * size
        }
        return size * size
      }

      export function perimeter(size: number): number {
        return 4 * size
      }

      export function unused(): string {
        return 'no scenario asks for this'
      }
      """
    And the file "steps/shapes.steps.ts":
      """
      import { Given, When, Then } from '@cucumber/cucumber'
      import assert from 'node:assert/strict'
      import { area, perimeter } from '../src/shapes'

      let kind = ''
      let size = 0
      let result = 0
      Given('a {word} of size {int}', function (shape: string, value: number) {
        kind = shape
        size = value
      })
      When('I compute its area', function () {
        result = area(kind, size)
      })
      When('I compute its perimeter', function () {
        result = perimeter(size)
      })
      Then('the result is {int}', function (expected: number) {
        assert.equal(result, expected)
      })
      """
    And the file "features/shapes.feature":
      """
      Feature: shapes
        Scenario: circle area
          Given a circle of size 2
          When I compute its area
          Then the result is 12

        Scenario: square perimeter
          Given a square of size 2
          When I compute its perimeter
          Then the result is 8
      """

  Scenario: two scenarios, two functions, a branch taken by one of them
    When I run "specloop verify"
    Then the exit code is 0
    And the output contains "2 scenarios (2 passed)"
    And the output contains "Trace: 2 scenarios, 2 files in .specloop/runs/"
    And the file ".specloop/runs/latest/messages.ndjson" exists
    And the file ".specloop/runs/latest/coverage/lcov.info" exists
    And the file ".specloop/runs/latest/coverage/html/index.html" exists
    When I run "specloop trace src/shapes.ts:3"
    Then the exit code is 0
    And the output contains "1 scenario executed src/shapes.ts:3:"
    And the output contains "features/shapes.feature:2 circle area (passed)"
    And the output does not contain "square perimeter"
    When I run "specloop trace --scenario features/shapes.feature:7"
    Then the output contains:
      """
      features/shapes.feature:7 square perimeter (passed) executed:
        src/shapes.ts (implementation): 9
        steps/shapes.steps.ts (step-definition): 9-10, 16, 19
      """
    When I run "specloop trace --scenario 'circle area'"
    Then the output contains "src/shapes.ts (implementation): 2-3"
    When I run "specloop trace --uncovered"
    Then the output contains "src/shapes.ts (implementation): lines 5, 13; functions unused (12-14)"

  Scenario: feature paths, FEATURE:LINE, --name and --tags select scenarios as with cucumber-js
    When I run "specloop verify features/shapes.feature:7"
    Then the exit code is 0
    And the output contains "1 scenario (1 passed)"
    And the output contains "Trace: 1 scenario, "
    When I run "specloop verify --name perimeter"
    Then the output contains "1 scenario (1 passed)"
    When I run "specloop verify --tags @nothing-has-this"
    Then the exit code is 0
    And the output contains "0 scenarios"
    When I run "specloop verify --affected features/shapes.feature"
    Then the exit code is 2
    And the output contains "--affected chooses the scenarios itself"
    Given the file "@rerun.txt":
      """
      features/shapes.feature:7
      """
    When I run "specloop verify @rerun.txt"
    Then the exit code is 0
    And the output contains "1 scenario (1 passed)"

  Scenario: a scenario that fails once passes on its retry, as with cucumber-js --retry
    Given the file "steps/flaky.steps.ts":
      """
      import { Then } from '@cucumber/cucumber'
      import assert from 'node:assert/strict'

      let attempts = 0
      Then('it works the second time', function () {
        attempts++
        assert.ok(attempts >= 2, `attempt ${attempts} fails`)
      })
      """
    And the file "features/flaky.feature":
      """
      Feature: flaky
        Scenario: flaky
          Then it works the second time
      """
    When I run "specloop verify features/flaky.feature"
    Then the exit code is 1
    And the output contains "attempt 1 fails"
    When I run "specloop verify features/flaky.feature --retry 1"
    Then the exit code is 0
    And the output contains "1 scenario (1 passed)"
    And the output contains "Trace: 1 scenario"

  Scenario: on a terminal cucumber's output keeps its colours and specloop colours its words; CI and NO_COLOR keep it plain
    When I run "specloop verify" on a terminal
    Then the exit code is 0
    And the output is coloured
    And the output without colour contains "2 scenarios (2 passed)"
    When I run "specloop verify" on a terminal with "NO_COLOR=1"
    Then the output has no colour
    And the output contains "2 scenarios (2 passed)"
    When I run "specloop verify" on a terminal with "CI=true"
    Then the output has no colour

  Scenario: the same counts and exit code as plain cucumber-js, failures included
    Given the file "cucumber.js":
      """
      module.exports = { default: { requireModule: ['ts-node/register/transpile-only'], require: ['steps/**/*.ts'] } }
      """
    And the file "tsconfig.json":
      """
      { "compilerOptions": { "module": "commonjs", "target": "ES2022", "esModuleInterop": true, "sourceMap": true } }
      """
    And the file "features/wrong.feature":
      """
      Feature: wrong
        Scenario: a wrong expectation
          Given a square of size 3
          When I compute its area
          Then the result is 10

        Scenario: a step nobody wrote
          Given a triangle of size 3
          When I fold it
      """
    Then specloop verify and plain cucumber-js report the same counts and exit code
    # A failure's stack is the project's own: no frame of specloop's wrappers.
    When I run "specloop verify"
    Then the output contains "features/wrong.feature:2"
    And the output contains "steps/shapes.steps.ts"
    And the output does not contain "runtime.js"
    And the output does not contain "util-arity"
    And for every example project, specloop verify and plain cucumber-js report the same counts

  Scenario: a tsconfig that extends a shared base is read as tsc reads it
    Given the file "cucumber.js":
      """
      module.exports = { default: { requireModule: ['ts-node/register/transpile-only'], require: ['steps/**/*.ts'] } }
      """
    And the file "tsconfig.base.json":
      """
      {
        // Shared by every package of the team: legacy decorators, as Angular and NestJS use them.
        "compilerOptions": { "experimentalDecorators": true, "esModuleInterop": true, },
      }
      """
    And the file "tsconfig.json":
      """
      { "extends": "./tsconfig.base.json", "compilerOptions": { "module": "commonjs", "target": "ES2022" } }
      """
    And the file "src/meter.ts":
      """
      function counted(_target: object, _name: string, descriptor: PropertyDescriptor): void {
        const original = descriptor.value as (this: Meter, size: number) => number
        descriptor.value = function (this: Meter, size: number): number {
          this.calls++
          return original.call(this, size)
        }
      }

      export class Meter {
        calls = 0

        @counted
        perimeter(size: number): number {
          return 4 * size
        }
      }
      """
    And the file "steps/meter.steps.ts":
      """
      import { When, Then } from '@cucumber/cucumber'
      import assert from 'node:assert/strict'
      import { Meter } from '../src/meter'

      const meter = new Meter()
      When('I measure a perimeter of {int} twice', function (size: number) {
        meter.perimeter(size)
        meter.perimeter(size)
      })
      Then('the meter counted {int} calls', function (calls: number) {
        assert.equal(meter.calls, calls)
      })
      """
    And the file "features/meter.feature":
      """
      Feature: meter
        Scenario: a counted perimeter
          When I measure a perimeter of 3 twice
          Then the meter counted 2 calls
      """
    When I run "specloop verify"
    Then the exit code is 0
    And the output contains "3 scenarios (3 passed)"
    When I run "specloop trace src/meter.ts"
    Then the output contains "features/meter.feature:2 a counted perimeter (passed)"
    And specloop verify and plain cucumber-js report the same counts and exit code

  Scenario: the whole-run coverage equals what c8 reports
    Given the file "cucumber.js":
      """
      module.exports = { default: { requireModule: ['ts-node/register/transpile-only'], require: ['steps/**/*.ts'] } }
      """
    And the file "tsconfig.json":
      """
      { "compilerOptions": { "module": "commonjs", "target": "ES2022", "esModuleInterop": true, "sourceMap": true } }
      """
    Then the lcov rebuilt by verify has the same covered lines as c8 cucumber-js reports

  Scenario: parallel workers each record their scenarios and the traces are merged
    When I run "specloop verify --parallel 2"
    Then the exit code is 0
    And the output contains "2 scenarios (2 passed)"
    And the output contains "warning: with --parallel the sandbox allows child processes"
    When I run "specloop trace src/shapes.ts"
    Then the output contains "features/shapes.feature:2 circle area (passed) lines 2-3"
    And the output contains "features/shapes.feature:7 square perimeter (passed) line 9"

  Scenario: the report reads the trace verify wrote
    Given I run "specloop verify"
    When I run "specloop report --format markdown"
    Then the exit code is 0
    And the file "reports/summary.md" still contains "6/7 functions"
    And the file "reports/summary.md" still contains "2 scenarios (2 passed)"
