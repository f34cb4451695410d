Feature: Spec strength by mutation
  A suite can pass and still not pin the code down. `specloop strength` mutates the lines the
  scenarios ran (operators, boundaries, constants, conditions, statements, return values), runs
  each mutant against only the scenarios whose trace ran its line, sandboxed, and reports the
  mutants no scenario notices — with, for an operation synthesised from an Examples table, the
  row that would kill it. The project's files are never touched.

  Background:
    Given a spec project as `specloop init` writes it, without its example
    And the file "features/free_delivery.feature":
      """
      Feature: Free delivery
        Orders of 50 or more are delivered for free.

        Scenario Outline: deciding on free delivery
          Given an order totalling <total>
          When free delivery is checked
          Then free delivery is <free>

          Examples:
            | total | free  |
            | 10    | false |
            | 120   | true  |
      """

  @extended
  Scenario: a weak spec lets a boundary mutant survive; the suggested row kills it and the score rises
    When I run "specloop generate"
    Then the exit code is 0
    And the file "generated/src/checkFreeDelivery.ts" contains "return total >= 50"
    When I run "specloop strength"
    Then the exit code is 0
    And the output contains "generated/src/checkFreeDelivery.ts:15:16: surviving mutant: `>=` → `>` (boundary); ran 2 scenarios, none failed"
    And the output contains:
      """
        a row that kills it, for the Examples of features/free_delivery.feature:11 (expected = what the code answers now: confirm it is the intended behaviour):
          | total | free |
          | 50    | true |
      """
    And the output contains "features/free_delivery.feature: mutation score 50% (3 of 6 mutants killed)"
    And the file "generated/src/checkFreeDelivery.ts" contains "return total >= 50"
    And the file ".specloop/strength/strength.json" exists
    When I run "specloop gate --min-score 80"
    Then the exit code is 1
    And the output contains "strength: features/free_delivery.feature: mutation score 50% (3 of 6 mutants survive); the gate asks for 80%"
    When I add the row "| 50    | true  |" after "| 120   | true  |" in the file "features/free_delivery.feature"
    And I run "specloop strength --affected --min-score 80"
    Then the exit code is 0
    And the output does not contain "`>=` → `>`"
    And the output contains "features/free_delivery.feature: mutation score 83.3% (5 of 6 mutants killed)"
    And the output contains "generated/src/checkFreeDelivery.ts:15:19: surviving mutant: `50` → `49` (constant)"
    When I run "specloop gate --min-score 80"
    Then the exit code is 0
    When I run "specloop report --format markdown --out report.md"
    Then the file "report.md" contains "| `features/free_delivery.feature` | 83.3% | 5 of 6 |"
    And the file "report.md" contains "- `generated/src/checkFreeDelivery.ts:15:19` `50` → `49` survives"

  @extended
  Scenario: a budget stops the run and says so; --affected keeps the verdicts of what did not change
    When I run "specloop generate"
    And I run "specloop strength --max-mutants 2"
    Then the exit code is 0
    And the output contains "warning: budget reached (--max-mutants 2): 4 mutant(s) not run, not scored"
    And the output contains "Strength: 50%; 2 mutants run (4 scenario runs)"
    When I run "specloop strength"
    And I run "specloop strength --affected --format json"
    Then the JSON output has "mutantsRun" equal to 0
    And the JSON output has "mutantsReused" equal to 6
    And the JSON output has "record.score" equal to 50

  Scenario: bad options are usage errors, said before anything runs
    When I run "specloop strength --min-score 150"
    Then the exit code is 2
    And the output contains "error: option '--min-score <percent>' argument '150' is invalid. expected a percentage from 0 to 100"
    When I run "specloop strength --max-mutants 0"
    Then the exit code is 2
    And the output contains "expected a positive number of mutants"
    And the output has no stack trace

  Scenario: a file the scenarios never ran has nothing to mutate
    Given the file "src/unused.ts":
      """
      export const unused = 1
      """
    When I run "specloop strength src/unused.ts"
    Then the exit code is 2
    And the output contains "src/unused.ts: no implementation file the scenarios ran: nothing to mutate"
    And the output contains "src/unused.ts" 1 times
    When I run "specloop strength features/free_delivery.feature"
    Then the exit code is 2
    And the output contains "features/free_delivery.feature: a feature file is not mutated: strength changes the implementation files its scenarios ran"

  @extended
  Scenario: a mutant that never ends is killed by the time limit, and the project's own code is as it was
    Given the file "src/countdown.ts":
      """
      export function countdown(from: number): number {
        let steps = 0
        for (let n = from; n > 0; n = n - 1) steps = steps + 1
        return steps
      }
      """
    And the file "steps/countdown.steps.ts":
      """
      import { When, Then } from '@cucumber/cucumber'
      import assert from 'node:assert/strict'
      import { countdown } from '../src/countdown'

      let steps = 0
      When('counting down from {int}', function (from: number) {
        steps = countdown(from)
      })
      Then('it takes {int} steps', function (expected: number) {
        assert.equal(steps, expected)
      })
      """
    And the file "features/free_delivery.feature":
      """
      Feature: Count down
        Scenario: from three
          When counting down from 3
          Then it takes 3 steps
      """
    When I run "specloop strength --format json"
    Then the exit code is 0
    And the output contains "\"replacement\": \"+\""
    And the output contains "\"status\": \"timeout\""
    And the file "src/countdown.ts" contains "for (let n = from; n > 0; n = n - 1) steps = steps + 1"
    And the directory ".specloop/strength/scratch" is empty
