Feature: watch runs the scenarios each save affects
  `specloop watch` keeps the suite loaded in one sandboxed cucumber process. On each save it
  runs the scenarios whose traced lines or feature text changed, prints the result, and merges
  the run into the latest trace and messages, so `specloop trace` and `specloop report` stay
  current. Ctrl-C stops it, and the processes it started with it.

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

  Scenario: a save runs only the scenarios that ran the changed line, and the trace follows
    When I run "specloop verify"
    And I start "specloop watch" and it says "Watching 2 scenarios"
    And line 3 of "src/shapes.ts" becomes "    return 3 * size * size + 1"
    Then the watch prints "src/shapes.ts: 1 of 2 scenarios ran: 1 failed"
    And the watch prints "  trace and messages: .specloop/runs/"
    And the file ".specloop/runs/latest/trace.json" has "scenarios.0.status" equal to "failed"
    When line 3 of "src/shapes.ts" becomes "    return size * size * 3"
    Then the watch prints "src/shapes.ts: 1 of 2 scenarios ran: 1 passed"
    And the watch prints "  trace and messages: .specloop/runs/"
    And the file ".specloop/runs/latest/trace.json" has "scenarios.0.status" equal to "passed"
    And the file ".specloop/runs/latest/trace.json" has "scenarios.1.name" equal to "square perimeter"
    When I stop the watch with SIGINT
    Then the exit code is 0
    And the output contains "  failed features/shapes.feature:2 circle area: AssertionError"
    And the output contains "  passed features/shapes.feature:2 circle area"
    And the output does not contain "passed features/shapes.feature:7"
    And the output contains "Stopped watching after 2 runs"
    And no process the watch started is left running

  Scenario: a syntax error is located and waits for the fix; an editor's save and a new scenario are seen
    When I start "specloop watch" and it says "Watching 2 scenarios"
    And line 9 of "src/shapes.ts" becomes "  return 4 * * size"
    Then the watch prints "src/shapes.ts: not run, fix the error above and save"
    And the output of the watch contains "error: src/shapes.ts:9:14: Unexpected token"
    When "src/shapes.ts" is saved as an editor saves it, through a temporary file renamed over it, with line 9 as "  return size * 4"
    Then the watch prints "src/shapes.ts: 1 of 2 scenarios ran: 1 passed"
    When the file "features/shapes.feature" gets the lines:
      """

        Scenario: square area
          Given a square of size 3
          When I compute its area
          Then the result is 9
      """
    Then the watch prints "features/shapes.feature: 3 of 3 scenarios ran: 3 passed"
    When I stop the watch with SIGTERM
    Then the exit code is 0
    And the output contains "Start: 2 scenarios ran (no earlier trace): 2 passed"
    And no process the watch started is left running
