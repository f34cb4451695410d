Feature: Checking a spec project statically
  `specloop check` parses every feature and binds every step to the step definitions, the way
  `cucumber-js` would, and reports everything that is wrong in one run: parse errors,
  undefined steps, ambiguous steps and unused step definitions. It runs no scenario.

  Background:
    Given a project with the file "steps/basket.steps.ts":
      """
      import { Given, When, Then } from '@cucumber/cucumber'

      Given('a basket with {int} apples', function (count: number) {})
      When('I eat {int} apple(s)', function (count: number) {})
      Then('the basket holds {int} apples', function (count: number) {})
      Then('nothing happens', function () {})
      """

  Scenario: a clean project passes
    Given the file "features/basket.feature":
      """
      Feature: Basket
        Scenario: eating
          Given a basket with 3 apples
          When I eat 1 apple
          Then the basket holds 2 apples
      """
    When I run "specloop check"
    Then the exit code is 0
    And the output contains "1 feature, 1 scenario, 3 steps, 4 step definitions: 0 parse errors, 0 undefined, 0 ambiguous, 1 unused"

  Scenario: a profile is chosen before or after the command, once per flag, as with cucumber-js
    Given the file "cucumber.js":
      """
      module.exports = {
        default: { paths: ['features/**/*.feature'], require: ['steps/**/*.ts'], requireModule: ['ts-node/register/transpile-only'] },
        fruit: { paths: ['features/fruit/**/*.feature'], require: ['steps/**/*.ts'], requireModule: ['ts-node/register/transpile-only'] }
      }
      """
    And the file "tsconfig.json":
      """
      { "compilerOptions": { "module": "commonjs", "target": "es2022" } }
      """
    And the file "features/fruit/basket.feature":
      """
      Feature: Basket
        Scenario: eating
          Given a basket with 3 apples
          When I eat 1 apple
          Then the basket holds 2 apples
      """
    And the file "features/other.feature":
      """
      Feature: Other
        Scenario: nothing
          Then nothing happens
      """
    When I run "specloop --profile fruit check"
    Then the exit code is 0
    And the output contains "1 feature, 1 scenario, 3 steps"
    When I run "specloop check -p fruit"
    Then the exit code is 0
    And the output contains "1 feature, 1 scenario, 3 steps"

  Scenario: every parse error of every file is reported, sorted by path and line
    Given the file "features/b.feature":
      """
      Feature: B
        Scenario: one
          Given a basket with 3 apples
          Exmples:
      """
    And the file "features/a.feature":
      """
      Feature: A
        Scenario: two
          Given a basket with 3 apples
            | a | b |
            | c |
      this line is not gherkin
      """
    When I run "specloop check"
    Then the exit code is 1
    And the output lines starting with "features/" are, in order:
      """
      features/a.feature:5:7: inconsistent cell count within the table: expected every row to have as many cells as the first
      features/a.feature:6:1: expected the end of the file, a table row, a doc string delimiter (""" or ```), a step, a tag line, 'Examples:', 'Scenario:', 'Rule:', a comment or an empty line, found 'this line is not gherkin'
      features/b.feature:4:5: expected the end of the file, a table row, a doc string delimiter (""" or ```), a step, a tag line, 'Examples:', 'Scenario:', 'Rule:', a comment or an empty line, found 'Exmples:'
      """
    # The steps of a feature that does not parse are unknown: no definition is called unused for them.
    And the output does not contain "Unused step definitions"
    And the output contains "unused not judged (a feature that does not parse may use any definition)"
    And the output has no stack trace

  Scenario: a misspelt keyword turns a scenario into prose: check says where
    Given the file "features/basket.feature":
      """
      Feature: Basket
        Scenaro counting apples

        Scenario: eating
          Given a basket with 3 apples
          When I eat 1 apple
          Then the basket holds 2 apples
      """
    When I run "specloop check"
    Then the exit code is 0
    And the output contains "warning: features/basket.feature:2:3: this description line reads like 'Scenario:' (\"Scenaro counting\"): Gherkin takes it as prose, not a keyword (write 'Scenario:' to start one, or reword the line)"

  Scenario: a scenario whose steps all have a misspelt keyword checks nothing: check fails and says where
    Given the file "features/basket.feature":
      """
      Feature: Basket
        Scenario: eating
          Gven a basket with 3 apples
          Whn I eat 1 apple
          Thne the basket holds 2 apples
      """
    When I run "specloop check"
    Then the exit code is 1
    And the output contains "features/basket.feature:3:5: this description line reads like 'Given' (\"Gven a\"): Gherkin takes it as prose, not a keyword, so this scenario has no steps and cucumber would pass it without checking anything"
    And the output has no stack trace

  Scenario: check reports on the feature files named, as verify and cucumber-js take them
    Given the file "features/basket.feature":
      """
      Feature: Basket
        Scenario: eating
          Given a basket with 3 apples
          When I eat 1 apple
          Then the basket holds 2 apples
      """
    And the file "features/juggling.feature":
      """
      Feature: Juggling
        Scenario: juggling
          Given a basket with 3 apples
          When I juggle 3 apples
      """
    When I run "specloop check features/basket.feature"
    Then the exit code is 0
    And the output contains "1 feature, 1 scenario, 3 steps, 4 step definitions: 0 parse errors, 0 undefined, 0 ambiguous, unused not judged (only for the whole project)"
    When I run "specloop check features/juggling.feature"
    Then the exit code is 1
    And the output contains "features/juggling.feature:4:5 (juggling)"
    And the output does not contain "features/basket.feature"
    When I run "specloop check features/nope.feature"
    Then the exit code is 2
    And the output contains "features/nope.feature: no such feature file or folder: nothing was checked"
    And the output contains "features/nope.feature" 1 times

  Scenario: a feature file outside the configured paths is checked when it is named, as cucumber-js runs it
    Given the file "other/juggling.feature":
      """
      Feature: Juggling
        Scenario: juggling
          Given a basket with 3 apples
          When I juggle 3 apples
      """
    When I run "specloop check other/juggling.feature"
    Then the exit code is 1
    And the output contains "other/juggling.feature:4:5 (juggling)"
    And the output contains "1 feature, 1 scenario, 2 steps"

  Scenario: undefined steps are grouped by the step definition they need, with every place they are used
    Given the file "features/basket.feature":
      """
      Feature: Basket
        Scenario: sharing
          Given a basket with 3 apples
          When I give 2 apples to Bob
          Then the basket holds 1 apples

        Scenario: sharing again
          Given a basket with 5 apples
          When I give 2 apples to Bob
          Then Bob is happy

        Scenario Outline: sharing with anyone
          Given a basket with <start> apples
          When I give <count> apples to Bob
          Then the basket holds <left> apples

          Examples:
            | start | count | left |
            | 3     | 1     | 2    |
            | 4     | 2     | 2    |
            | 9     | 3     | 6    |
      """
    When I run "specloop check"
    Then the exit code is 1
    And the output contains:
      """
      Undefined steps: 4 step texts need 2 step definitions:
        When I give {int} apples to Bob   (3 different texts)
          features/basket.feature:4:5 (sharing)
          features/basket.feature:9:5 (sharing again)
          features/basket.feature:14:5 (sharing with anyone)
        Then Bob is happy
          features/basket.feature:10:5 (sharing again)
      """
    And the output contains "4 undefined, 0 ambiguous"

  Scenario: one undefined step text is counted in the singular
    Given the file "features/basket.feature":
      """
      Feature: Basket
        Scenario: sharing
          Given a basket with 3 apples
          When I give 1 apple to Bob
      """
    When I run "specloop check"
    Then the exit code is 1
    And the output contains "Undefined steps: 1 step text needs 1 step definition:"

  Scenario: an ambiguous step names every matching definition
    Given the file "steps/more.steps.ts":
      """
      import { When } from '@cucumber/cucumber'

      When(/^I eat (\d+) apples?$/, function (count: string) {})
      """
    And the file "features/basket.feature":
      """
      Feature: Basket
        Scenario: eating
          Given a basket with 3 apples
          When I eat 2 apples
          Then the basket holds 1 apples
      """
    When I run "specloop check"
    Then the exit code is 1
    And the output contains:
      """
      Ambiguous steps (1):
        "I eat 2 apples" at features/basket.feature:4:5
          matches steps/basket.steps.ts:4 I eat {int} apple(s)
          matches steps/more.steps.ts:3 /^I eat (\d+) apples?$/
      """

  Scenario: unused step definitions are listed but do not fail the check
    Given the file "features/basket.feature":
      """
      Feature: Basket
        Scenario: counting
          Given a basket with 3 apples
      """
    When I run "specloop check"
    Then the exit code is 0
    And the output contains:
      """
      Unused step definitions (3):
        steps/basket.steps.ts:4 I eat {int} apple(s)
        steps/basket.steps.ts:5 the basket holds {int} apples
        steps/basket.steps.ts:6 nothing happens
      """

  Scenario: JSON output carries the same findings
    Given the file "features/basket.feature":
      """
      Feature: Basket
        Scenario: sharing
          Given a basket with 3 apples
          When I give 2 apples to Bob
      """
    When I run "specloop check --format json"
    Then the exit code is 1
    And the JSON output has "counts.undefinedSteps" equal to 1
    And the JSON output has "counts.scenarios" equal to 1
    And the JSON output has "undefinedSteps.0.uses.0.line" equal to 4

  Scenario: check and cucumber-js agree on what is undefined
    Given the file "tsconfig.json":
      """
      { "compilerOptions": { "module": "commonjs", "target": "ES2022", "strict": true } }
      """
    And the file "cucumber.json":
      """
      { "default": { "paths": ["specs/**/*.feature"], "requireModule": ["ts-node/register/transpile-only"], "require": ["steps/**/*.ts"] },
        "other": { "paths": ["elsewhere/*.feature"] } }
      """
    And the file "specs/basket.feature":
      """
      Feature: Basket
        Scenario: sharing
          Given a basket with 3 apples
          When I give 2 apples to Bob
          Then Bob is happy
      """
    And the file "features/ignored.feature":
      """
      Feature: Not in the configured paths
        Scenario: ignored
          Given something nobody defined
      """
    When I run "specloop check"
    Then the exit code is 1
    And the output contains "1 feature, 1 scenario, 3 steps, 4 step definitions: 0 parse errors, 2 undefined"
    When I run "cucumber-js --dry-run"
    Then the output contains "1 scenario (1 undefined)"
    And the output contains "3 steps (2 undefined, 1 skipped)"
