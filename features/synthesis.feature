Feature: Implementations synthesised offline from example tables
  `specloop generate` writes each operation of a Specification by Example table with no model:
  the smallest rule that explains every row (a learnt band width, a linear rule over several
  inputs, a threshold...), never a table of the rows themselves. The project then runs green
  under plain cucumber-js; a table no rule explains is said to be so, and its stub still fails.

  Scenario: the calendar example goes green offline
    Given a copy of the example "calendar"
    When I run "specloop generate"
    Then the exit code is 0
    And the output contains "synthesised (size 4): quarter = ceil(month / 3)"
    And the output contains "synthesised (size 5): length = hours * 60 + minutes"
    And the output contains "synthesised (size 10): leap = year % 100 === 0 ? year % 400 === 0 : year % 4 === 0"
    And the file "generated/src/findItsQuarter.ts" contains "return Math.ceil(month / 3)"
    When I run "cucumber-js"
    Then the exit code is 0
    And the output contains "19 scenarios (19 passed)"

  Scenario: the pricing example goes green offline
    Given a copy of the example "pricing"
    When I run "specloop generate"
    Then the exit code is 0
    And the output contains "synthesised (size 6): price = amount * { bronze: 1, silver: 0.95, gold: 0.85 }[tier]"
    And the output contains "synthesised (size 3): free = total >= 50"
    And the output contains "synthesised (size 7): cost = max(weight, 2) * 1.25 + 2"
    When I run "cucumber-js"
    Then the exit code is 0
    And the output contains "15 scenarios (15 passed)"

  Scenario: counting words: the rows differ by a suffix, so the template chooses it
    Given a spec project as `specloop init` writes it, without its example
    And the file "features/plural.feature":
      """
      Feature: Counting things
        Scenario Outline: a count and a word
          Given a count of <count> and the word "<word>"
          When the count is described
          Then the description is "<description>"

          Examples:
            | count | word     | description |
            | 0     | scenario | 0 scenarios |
            | 1     | scenario | 1 scenario  |
            | 2     | scenario | 2 scenarios |
            | 1     | feature  | 1 feature   |
            | 7     | feature  | 7 features  |
            | 1     | step     | 1 step      |
            | 12    | step     | 12 steps    |
      """
    When I run "specloop generate"
    Then the exit code is 0
    And the output contains "synthesised (size 13): description = `${count} ${word}${count === 1 ? '' : 's'}`"
    And the file "generated/src/describeCount.ts" contains "return `${count} ${word}${count === 1 ? '' : 's'}`"
    Given I replace "| 0     | scenario | 0 scenarios |" with "| 0     | result   | 0 results   |" in the file "features/plural.feature"
    And I replace "| 12    | step     | 12 steps    |" with "| 1     | file     | 1 file      |" in the file "features/plural.feature"
    When I run "cucumber-js"
    Then the exit code is 0
    And the output contains "7 scenarios (7 passed)"

  Scenario: a table no rule explains is reported, and its operation stays a failing stub
    Given a spec project as `specloop init` writes it, without its example
    And the file "features/lottery.feature":
      """
      Feature: Lottery
        Scenario Outline: the prize of a ticket
          Given the ticket <ticket>
          When its prize is looked up
          Then the prize is <prize>

          Examples:
            | ticket | prize |
            | 4      | 37    |
            | 7      | 4     |
            | 10     | 91    |
            | 13     | 15    |
            | 16     | 62    |
            | 19     | 8     |
            | 22     | 55    |
            | 25     | 23    |
      """
    When I run "specloop generate"
    Then the exit code is 1
    And the output contains "no rule found for lookItsPrizeUp within size 24: add examples or configure a model provider"
    And the output has no stack trace
    And the file "generated/src/lookItsPrizeUp.ts" contains "lookItsPrizeUp is not implemented yet"
    When I run "cucumber-js"
    Then the exit code is 1
    And the output contains "8 scenarios (8 failed)"

  Scenario: the loop says why it is not green: compiler errors and the scenarios that fail
    Given a spec project as `specloop init` writes it, without its example
    And the file "src/settings.ts":
      """
      export const retries: number = 'three'
      """
    And the file "steps/clock.steps.ts":
      """
      import { Given } from '@cucumber/cucumber'

      Given('the clock is broken', function () {
        throw new Error('the clock stopped at noon')
      })
      """
    And the file "features/doubling.feature":
      """
      Feature: Doubling
        Scenario Outline: a number doubled
          Given the number <number>
          When the number is doubled
          Then the result is <result>

          Examples:
            | number | result |
            | 1      | 2      |
            | 4      | 8      |
            | 5      | 10     |

        Scenario: a broken clock
          Given the clock is broken
      """
    When I run "specloop generate"
    Then the exit code is 1
    And the output contains "does not compile (tsc --noEmit, 1 error):"
    And the output contains "src/settings.ts:1:14: TS2322"
    And the output contains "1 scenario not passing:"
    And the output contains "features/doubling.feature:13 a broken clock: failed at \"the clock is broken\": the clock stopped at noon"

  Scenario: an outcome whose step must keep its exact text still checks its value, and the bands are learnt
    Given a spec project as `specloop init` writes it, without its example
    And the file "features/grade.feature":
      """
      Feature: Grades
        Scenario Outline: a grade for a score
          Given a score of <score>
          When the grade is assigned
          Then the grade is <grade>

          Examples:
            | score | grade |
            | 95    | A     |
            | 91    | A     |
            | 85    | B     |
            | 81    | B     |
            | 50    | F     |
            | 10    | F     |
      """
    When I run "specloop generate"
    Then the exit code is 0
    # "the grade is {word}" would match the When step too: each Then keeps its exact text, and its value.
    And the file "generated/steps/grade.steps.ts" contains "Then(\"the grade is A\", function (this: GeneratedWorld) {"
    And the file "generated/steps/grade.steps.ts" contains "expect(this.actualGrade, \"grade\").to.equal(\"A\")"
    And the output contains "grade = score >= 90 ? 'A' : score > 50 ? 'B' : 'F'"
    When I run "cucumber-js"
    Then the output contains "6 scenarios (6 passed)"

  Scenario: the loop runs the code it evaluates under Node's permission model, unless --no-sandbox
    Given a spec project as `specloop init` writes it, without its example
    And the file "steps/diary.steps.ts":
      """
      import { Given } from '@cucumber/cucumber'
      import fs from 'node:fs'

      Given('a note is written', function () {
        fs.writeFileSync('note.txt', 'written by a step')
      })
      """
    And the file "features/diary.feature":
      """
      Feature: Diary
        Scenario: a note
          Given a note is written
      """
    When I run "specloop generate"
    Then the exit code is 1
    And the output contains "features/diary.feature:2 a note: failed at \"a note is written\": Access to this API has been restricted"
    And the file "note.txt" does not exist
    When I run "specloop generate --no-sandbox"
    Then the exit code is 0
    And the file "note.txt" still contains "written by a step"
