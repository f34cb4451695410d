Feature: trace answers questions about the latest run
  `specloop trace FILE[:LINE]` lists the scenarios that executed a line, `--scenario` the lines
  a scenario executed, `--uncovered` the code no scenario executes. Exit 0 when something was
  found, 1 when nothing matched, 2 when there is no trace or the question is malformed.

  Scenario: before any verify there is no trace to ask
    Given a project with the file "features/a.feature":
      """
      Feature: A
      """
    When I run "specloop trace src/a.ts:1"
    Then the exit code is 2
    And the output contains "no trace in .specloop/runs/latest (run `specloop verify` first)"

  Scenario: questions the trace cannot answer
    Given a project with the file "src/double.ts":
      """
      export function double(value: number): number {
        return value * 2
      }
      """
    And the file "steps/double.steps.ts":
      """
      import { When, Then } from '@cucumber/cucumber'
      import { expect } from 'chai'
      import { double } from '../src/double'

      let result = 0
      When('{int} is doubled', function (value: number) {
        result = double(value)
      })
      Then('the result is {int}', function (expected: number) {
        expect(result).to.equal(expected)
      })
      """
    And the file "features/double.feature":
      """
      Feature: double
        Scenario Outline: doubling
          When <value> is doubled
          Then the result is <result>

          Examples:
            | value | result |
            | 2     | 4      |
            | 5     | 10     |
      """
    And I run "specloop verify"
    When I run "specloop trace src/nothing.ts:3"
    Then the exit code is 2
    And the output contains "src/nothing.ts is not in the trace"
    When I run "specloop trace --scenario 'no such scenario'"
    Then the exit code is 1
    And the output contains "no scenario in the trace matches 'no such scenario'"
    When I run "specloop trace --uncovered"
    Then the exit code is 1
    And the output contains "Every traced line and function is executed by some scenario"
    When I run "specloop trace src/double.ts:2 --uncovered"
    Then the exit code is 2
    And the output contains "ask one thing"
    When I run "specloop trace --format json src/double.ts:2"
    Then the exit code is 0
    And the JSON output has "executedBy.scenarios.length" equal to 2
    And the JSON output has "executedBy.scenarios.1.line" equal to 9
    When I run "specloop trace src/double.ts:40"
    Then the exit code is 2
    And the output contains "line 40 is past the end of src/double.ts (3 lines when it was traced)"
    # As `cucumber-js FEATURE:LINE` selects: an outline's keyword line is all of its examples, a row is one, any other line none.
    When I run "specloop trace --scenario features/double.feature:2"
    Then the exit code is 0
    And the output contains "features/double.feature:8 doubling (passed) executed:"
    And the output contains "features/double.feature:9 doubling (passed) executed:"
    When I run "specloop trace --scenario features/double.feature:9"
    Then the output contains "features/double.feature:9 doubling (passed) executed:"
    And the output does not contain "features/double.feature:8 doubling"
    When I run "specloop trace --scenario features/double.feature:3"
    Then the exit code is 1
    And the output contains "no scenario at features/double.feature:3"
    When I run "specloop trace --scenario features/double.feature:6"
    Then the exit code is 1
    And the output contains "give the line of a Scenario (all its examples) or of an Examples row (that example)"
    # A feature file is asked about its scenarios, as with --scenario.
    When I run "specloop trace features/double.feature:9"
    Then the exit code is 0
    And the output contains "features/double.feature:9 doubling (passed) executed:"
    When I run "specloop trace features/double.feature"
    Then the output contains "features/double.feature:8 doubling (passed) executed:"
    # A line with no statement cannot be run by any scenario: said so.
    When I run "specloop trace src/double.ts:3"
    Then the exit code is 1
    And the output contains "src/double.ts:3 has no statement"
    # From a subfolder: the run is found above, FILE is taken from here or from the project.
    When I run "specloop trace double.ts:2" in "src"
    Then the exit code is 0
    And the output contains "features/double.feature:8 doubling (passed)"
    When I run "specloop trace src/double.ts:2" in "src"
    Then the exit code is 0
    And the output contains "features/double.feature:9 doubling (passed)"

  Scenario: a step definition no scenario uses is named by its step
    Given a project with the file "steps/greeting.steps.ts":
      """
      import { Given, Then } from '@cucumber/cucumber'
      import assert from 'node:assert/strict'

      Given('a visitor', function () {})
      Then('the visitor is greeted twice', function () {
        assert.ok(true)
      })
      """
    And the file "features/greeting.feature":
      """
      Feature: greeting
        Scenario: a visitor comes
          Given a visitor
      """
    And I run "specloop verify"
    When I run "specloop trace --uncovered"
    Then the exit code is 0
    And the output contains "steps/greeting.steps.ts (step-definition): line 6; functions Then \"the visitor is greeted twice\" (5-7)"
