Feature: verify traces ES-module projects as it traces CommonJS ones
  A project with `"type": "module"` whose TypeScript cucumber-js imports (its `import` option and
  a loader such as `ts-node/esm`), written ESM-style (`import … from '../src/shapes.js'`), is
  traced per scenario: specloop's module hooks load the instrumented code as ES modules in the
  cucumber process, in the sandbox or without it. Its assertions count as CommonJS code's do.

  Background:
    Given a project with the file "package.json":
      """
      { "name": "shapes", "private": true, "type": "module" }
      """
    And the file "tsconfig.json":
      """
      { "compilerOptions": { "target": "ES2022", "module": "NodeNext", "moduleResolution": "NodeNext", "strict": true, "skipLibCheck": true } }
      """
    And the file "cucumber.js":
      """
      export default {
        paths: ['features/**/*.feature'],
        import: ['steps/**/*.ts'],
        loader: ['ts-node/esm'],
        format: ['progress']
      }
      """
    And the file "src/shapes.ts":
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
      """
    And the file "steps/shapes.steps.ts":
      """
      import { Given, When, Then } from '@cucumber/cucumber'
      import assert from 'node:assert/strict'
      import { area, perimeter } from '../src/shapes.js'

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

  Scenario: an ES-module project is traced per scenario in the sandbox and without it
    When I run "cucumber-js"
    Then the exit code is 0
    And the output contains "2 scenarios (2 passed)"
    When I run "specloop verify"
    Then the exit code is 0
    And the output contains "2 scenarios (2 passed)"
    And the output contains "Trace: 2 scenarios, 2 files in .specloop/runs/"
    And the output does not contain "hollow"
    When I run "specloop trace src/shapes.ts"
    Then the exit code is 0
    And the output contains:
      """
      2 scenarios executed src/shapes.ts:
        features/shapes.feature:2 circle area (passed) lines 2-3
        features/shapes.feature:7 square perimeter (passed) line 9
      """
    When I run "specloop trace --scenario features/shapes.feature:7"
    Then the output contains:
      """
      features/shapes.feature:7 square perimeter (passed) executed:
        src/shapes.ts (implementation): 9
        steps/shapes.steps.ts (step-definition): 9-10, 16, 19
      """
    When I run "specloop verify --no-sandbox"
    Then the exit code is 0
    And the output does not contain "hollow"
    When I run "specloop trace src/shapes.ts"
    Then the output contains:
      """
      2 scenarios executed src/shapes.ts:
        features/shapes.feature:2 circle area (passed) lines 2-3
        features/shapes.feature:7 square perimeter (passed) line 9
      """

  Scenario: a failure in an ES module points at its TypeScript line, imported JavaScript is named untraced, and the sandbox still refuses worker threads
    Given the file "src/unit.js":
      """
      export const unit = 'cm'
      """
    And the file "steps/more.steps.ts":
      """
      import { When } from '@cucumber/cucumber'
      import { Worker } from 'node:worker_threads'
      import { perimeter } from '../src/shapes.js'
      // @ts-expect-error plain JavaScript, no types
      import { unit } from '../src/unit.js'

      When('a worker thread starts', function () {
        new Worker('1', { eval: true, execArgv: [] })
      })
      When('the perimeter is checked against {int}', function (expected: number) {
        if (perimeter(1) !== expected) throw new Error(`perimeter ${perimeter(1)}${unit}, not ${expected}`)
      })
      """
    And the file "features/more.feature":
      """
      Feature: more
        Scenario: start a worker
          When a worker thread starts

        Scenario: a wrong perimeter
          When the perimeter is checked against 5
      """
    When I run "specloop verify --name worker --name wrong"
    Then the exit code is 1
    And the output contains "2 scenarios (2 failed)"
    And the output contains "sandbox: permission WorkerThreads denied"
    And the output contains "perimeter 4cm, not 5"
    And the output contains "steps/more.steps.ts:11"
    And the output contains "JavaScript of the project ran untraced: src/unit.js"
    When I run "specloop trace src/shapes.ts"
    Then the output contains "features/more.feature:5 a wrong perimeter (failed) line 9"

  Scenario: the ES-module example project (chai, a module importing another) is green under cucumber-js and traced by verify
    Given a copy of the example "esm-project" in "example"
    When I run "cucumber-js" in "example"
    Then the exit code is 0
    When I run "specloop verify" in "example"
    Then the exit code is 0
    And the output contains "3 scenarios (3 passed)"
    And the output does not contain "hollow"
    When I run "specloop trace src/discount.ts" in "example"
    Then the output contains:
      """
      3 scenarios executed src/discount.ts:
        features/basket.feature:4 a few items (passed) lines 3, 6, 9
        features/discount.feature:4 five items take five percent off (passed) lines 3, 6-7
        features/discount.feature:9 ten items take ten percent off (passed) lines 3-4
      """

  @extended
  Scenario: watch runs an ES-module project's affected scenario after each save, in a fresh process
    When I start "specloop watch" and it says "Watching 2 scenarios"
    And line 3 of "src/shapes.ts" becomes "    return 3 * size * size + 1"
    Then the watch prints "src/shapes.ts: 1 of 2 scenarios ran: 1 failed"
    When line 3 of "src/shapes.ts" becomes "    return size * 3 * size"
    Then the watch prints "src/shapes.ts: 1 of 2 scenarios ran: 1 passed"
    When I stop the watch with SIGINT
    Then the exit code is 0
    And the output contains "  passed features/shapes.feature:2 circle area"
    And no process the watch started is left running
