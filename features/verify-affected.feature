Feature: verify --affected runs only what a change can affect
  The trace says which lines each scenario ran, so after a change only the scenarios whose
  traced lines changed need to run, plus those of new or changed feature files and those
  with no trace yet. The results merge into the latest trace, so it stays complete.

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
    And a git repository with everything committed

  Scenario: with no earlier trace everything runs
    When I run "specloop verify --affected"
    Then the exit code is 0
    And the output contains "Affected: no earlier trace, so every scenario runs (2)"
    And the output contains "2 scenarios (2 passed)"

  Scenario: a changed line selects the scenarios that ran it; the others keep their trace, lines moved
    Given I run "specloop verify"
    When a line "// shapes of the drawing app" is inserted before line 1 of "src/shapes.ts"
    And line 10 of "src/shapes.ts" becomes "  return size + size + size + size"
    And I run "specloop verify --affected"
    Then the exit code is 0
    And the output contains:
      """
      Affected: 1 of 2 scenarios selected:
        features/shapes.feature:7 square perimeter — traced lines changed (src/shapes.ts:9)
      """
    And the output contains "1 scenario (1 passed)"
    When I run "specloop trace src/shapes.ts:4"
    Then the output contains "features/shapes.feature:2 circle area (passed)"
    When I run "specloop trace src/shapes.ts:10"
    Then the output contains "features/shapes.feature:7 square perimeter (passed)"

  Scenario: a new feature file's scenarios are selected; the others keep their trace
    Given I run "specloop verify"
    And the file "features/more.feature":
      """
      Feature: more shapes
        Scenario: big square area
          Given a square of size 10
          When I compute its area
          Then the result is 100
      """
    When I run "specloop verify --affected"
    Then the output contains "features/more.feature:2 big square area — feature file changed"
    And the output contains "1 scenario (1 passed)"
    When I run "specloop trace src/shapes.ts:5"
    Then the output contains "features/more.feature:2 big square area (passed)"
    When I run "specloop trace --scenario 'circle area'"
    Then the output contains "src/shapes.ts (implementation): 2-3"

  Scenario: a change committed since the trace is still a change, and a failure is run until it passes
    Given I run "specloop verify"
    When line 9 of "src/shapes.ts" becomes "  return 5 * size"
    And the change is committed
    And I run "specloop verify --affected"
    Then the exit code is 1
    # Which lines changed is not known for a commit since the trace: every scenario that ran the file runs.
    And the output contains:
      """
      Affected: 2 of 2 scenarios selected:
        features/shapes.feature:2 circle area — file changed since the trace
        features/shapes.feature:7 square perimeter — file changed since the trace
      """
    And the output contains "2 scenarios (1 failed, 1 passed)"
    # Nothing changed since, but the trace still holds a failure: it runs again, and still fails.
    When I run "specloop verify --affected"
    Then the exit code is 1
    And the output contains:
      """
      Affected: 1 of 2 scenarios selected:
        features/shapes.feature:7 square perimeter — did not pass in the trace
      """
    And the output contains "1 scenario (1 failed)"
    When line 9 of "src/shapes.ts" becomes "  return 4 * size"
    And the change is committed
    And I run "specloop verify --affected"
    Then the exit code is 0
    And the output contains "2 scenarios (2 passed)"
    When I run "specloop verify --affected"
    Then the exit code is 0
    And the output contains "no scenario (of 2) is affected"

  Scenario: a feature file changed in a commit since the trace selects its scenarios
    Given I run "specloop verify"
    When line 10 of "features/shapes.feature" becomes "      Then the result is 9"
    And the change is committed
    And I run "specloop verify --affected"
    Then the exit code is 1
    And the output contains "features/shapes.feature:7 square perimeter — feature file changed"
    And the output contains "features/shapes.feature:2 circle area — feature file changed"

  Scenario: after an affected run, the run's messages and the report still cover the whole suite
    Given I run "specloop verify"
    When a line "// shapes of the drawing app" is inserted before line 1 of "src/shapes.ts"
    And line 10 of "src/shapes.ts" becomes "  return size + size + size + size"
    And I run "specloop verify --affected"
    Then the output contains "1 scenario (1 passed)"
    When I run "specloop report --format junit --out -"
    Then the output contains "tests=\"2\" skipped=\"0\" failures=\"0\""
    And the output contains "name=\"circle area\""
    And the output contains "name=\"square perimeter\""
    And the output does not contain "not in the messages"
