Feature: verify --shard and merge split a suite over machines and bring it back together
  `specloop verify --shard i/n` runs the i-th of every n scenarios (cucumber-js's own sharding)
  and records the shard in its trace; `specloop merge RUN_DIR…` combines the shards' runs — from
  several CI machines, say — into one run that `report` and `trace` read as a single run.

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

        Scenario Outline: square area
          Given a square of size <size>
          When I compute its area
          Then the result is <area>

          Examples:
            | size | area |
            | 1    | 1    |
            | 3    | 9    |
      """
    And the file "features/wrong.feature":
      """
      Feature: wrong
        Scenario: a wrong expectation
          Given a circle of size 1
          When I compute its area
          Then the result is 4
      """

  Scenario: two shards merged give the same results, trace per scenario and coverage as one run
    When I run "specloop verify --shard 1/2"
    Then the exit code is 1
    And the output contains "3 scenarios (1 failed, 2 passed)"
    And the output contains "Shard 1/2: 3 scenarios of the suite ran here"
    And the latest run is copied to "ci/shard-1"
    When I run "specloop verify --shard 2/2"
    Then the exit code is 0
    And the output contains "2 scenarios (2 passed)"
    And the latest run is copied to "ci/shard-2"
    When I run "specloop merge ci/shard-2 ci/shard-1 --out ci/merged"
    Then the exit code is 1
    And the output contains "shard 1/2 ci/shard-1: 3 scenarios"
    And the output contains "Merged 2 runs into ci/merged: 5 scenarios (1 failed, 4 passed)"
    When I run "specloop verify"
    Then the exit code is 1
    And the run "ci/merged" has the same scenario results, trace per scenario and coverage as the latest run
    # Merged into .specloop/runs, it is the latest run: trace and report read it as they read any run.
    When I run "specloop merge ci/shard-1 ci/shard-2"
    Then the exit code is 1
    When I run "specloop trace src/shapes.ts:3"
    Then the exit code is 0
    And the output contains "2 scenarios executed src/shapes.ts:3:"
    And the output contains "features/shapes.feature:2 circle area (passed)"
    And the output contains "features/wrong.feature:2 a wrong expectation (failed)"
    When I run "specloop trace --scenario features/shapes.feature:7"
    Then the output contains "src/shapes.ts (implementation): 9"
    When I run "specloop report --format markdown --no-history"
    Then the exit code is 0
    And the file "reports/summary.md" still contains "5 scenarios (1 failed, 4 passed)"

  Scenario Outline: a shard that is not a share of the suite is a usage error: <shard>
    When I run "specloop verify --shard <shard>"
    Then the exit code is 2
    And the output contains "argument '<shard>' is invalid. <expected>"
    And the output has no stack trace
    And the file ".specloop/runs/latest" does not exist

    Examples:
      | shard | expected                         |
      | 0/2   | INDEX must be between 1 and 2    |
      | 3/2   | INDEX must be between 1 and 2    |
      | x     | expected INDEX/TOTAL             |
      | 1/0   | TOTAL must be 1 or more          |

  Scenario: merge refuses what is not the shards of one run, and writes nothing
    Given I run "specloop verify --shard 1/2"
    And the latest run is copied to "ci/shard-1"
    And I run "specloop verify --shard 1/2"
    And the latest run is copied to "ci/shard-1-again"
    And I run "specloop verify --shard 2/2"
    And the latest run is copied to "ci/shard-2"
    And I run "specloop verify"
    And the latest run is copied to "ci/whole"
    When I run "specloop merge ci/shard-1"
    Then the exit code is 2
    And the output contains "merge needs at least two run directories (got 1)"
    When I run "specloop merge ci/shard-1 ci/nowhere"
    Then the exit code is 2
    And the output contains "ci/nowhere: no such run directory"
    When I run "specloop merge ci/shard-1 features"
    Then the exit code is 2
    And the output contains "features: no trace.json in the run directory"
    When I run "specloop merge ci/shard-1 ci/shard-1-again"
    Then the exit code is 2
    And the output contains "ci/shard-1-again and ci/shard-1 are both shard 1/2"
    When I run "specloop merge ci/shard-1 ci/whole"
    Then the exit code is 2
    And the output contains "ci/whole and ci/shard-1 both ran features/shapes.feature:2 \"circle area\""
    When line 4 of "features/shapes.feature" becomes "    When I compute its perimeter"
    And I run "specloop verify --shard 2/2"
    And the latest run is copied to "ci/shard-2-changed"
    When I run "specloop merge ci/shard-1 ci/shard-2-changed"
    Then the exit code is 2
    And the output contains "ci/shard-2-changed and ci/shard-1 are runs of different projects or spec versions: features/shapes.feature differs between them"
    When I run "specloop merge ci/shard-1 ci/shard-2 --out features"
    Then the exit code is 2
    And the output contains "features: exists and is not empty: nothing was written"
    And the output has no stack trace
    And the directory "ci" contains only:
      """
      shard-1
      shard-1-again
      shard-2
      shard-2-changed
      whole
      """
