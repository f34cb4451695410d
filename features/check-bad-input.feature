Feature: check on bad input
  Whatever is wrong, `check` answers with a located one-line message and an exit code that
  says whose problem it is: 1 for problems in the specs, 2 for usage or configuration.
  It never shows a stack trace.

  Scenario: a directory that does not exist
    When I run "specloop check -C <project>/nowhere"
    Then the exit code is 2
    And the output contains "directory not found: <project>/nowhere"
    And the output has no stack trace

  Scenario: a project without feature files
    Given a project with the file "README.md":
      """
      nothing here yet
      """
    When I run "specloop check"
    Then the exit code is 2
    And the output contains "no feature files found (looked for features/**/*.feature in <project>)"

  Scenario: a feature file that is not UTF-8
    Given the file "features/latin1.feature" containing the bytes "46 65 61 74 75 72 65 3a 20 43 61 66 e9 0a"
    When I run "specloop check"
    Then the exit code is 1
    And the output contains "features/latin1.feature:1:13: not valid UTF-8: unexpected byte 0xe9 (save the file as UTF-8)"
    And the output has no stack trace

  Scenario: a placeholder that names no column of its Examples is a problem, located, with the column it likely meant
    Given the file "features/tax.feature":
      """
      Feature: Tax
        Scenario Outline: tax on a price
          Given a price of <price>
          When the tax is computed
          Then the tax is <taxx>

          Examples:
            | price | tax |
            | 100   | 20  |
            | 10    | 2   |
      """
    When I run "specloop check"
    Then the exit code is 1
    And the output contains "features/tax.feature:5:21: <taxx> names no column of the Examples at line 7 (its columns: price, tax): Cucumber would leave it as text, and that column would never be checked (did you mean <tax>?)"
    And the output has no stack trace
    When I run "specloop generate"
    Then the exit code is 1
    And the output contains "nothing was written"
    And the file "generated/src/computeTax.ts" does not exist

  Scenario: an empty Examples cell that would change a step's text is worth a warning
    Given the file "features/tax.feature":
      """
      Feature: Tax
        Scenario Outline: tax on a price
          Given a price of <price>
          When the tax is computed
          Then the tax is <tax>

          Examples:
            | price | tax |
            | 100   | 20  |
            | 10    |     |
      """
    When I run "specloop check"
    Then the output contains "warning: features/tax.feature:10:21: this Examples cell of \"tax\" is empty: \"Then the tax is <tax>\" reads \"the tax is \" for its row (write a value, or quote the placeholder (\"<tax>\") where an empty text is meant)"

  Scenario: an empty feature file is worth a warning, not a failure
    Given an empty file "features/empty.feature"
    When I run "specloop check"
    Then the exit code is 0
    And the output contains "warning: features/empty.feature:1:1: no feature in this file: expected 'Feature:'"

  Scenario: a syntax error in the cucumber configuration
    Given the file "features/a.feature":
      """
      Feature: A
      """
    And the file "cucumber.js":
      """
      module.exports = {
        default: { paths: ['features'], }
        oops
      }
      """
    When I run "specloop check"
    Then the exit code is 2
    And the output contains "cucumber.js:3"
    And the output contains "invalid cucumber configuration"
    And the output has no stack trace

  Scenario: a step definition file that throws when it is loaded
    Given a project with the file "steps/broken.steps.ts":
      """
      import { Given } from '@cucumber/cucumber'

      Given('a step', function () {})
      throw new Error('the database is not configured')
      """
    And the file "features/a.feature":
      """
      Feature: A
        Scenario: s
          Given a step
      """
    When I run "specloop check"
    Then the exit code is 2
    And the output contains "steps/broken.steps.ts:4:7: step definition file failed to load: the database is not configured"
    And the output contains "0 parse errors, steps not bound (the support code did not load)"
    And the output has no stack trace

  Scenario: a module a step file imports throws, or a step file does not compile: located where the error is
    Given a project with the file "src/settings.ts":
      """
      export const region = 'eu'
      throw new Error('the region is not configured')
      """
    And the file "steps/region.steps.ts":
      """
      import { Given } from '@cucumber/cucumber'
      import { region } from '../src/settings'

      Given('a step', function () {
        return region
      })
      """
    And the file "features/a.feature":
      """
      Feature: A
        Scenario: s
          Given a step
      """
    When I run "specloop check"
    Then the exit code is 2
    And the output contains "src/settings.ts:2:7: steps/region.steps.ts failed to load: the region is not configured"
    Given the file "steps/region.steps.ts":
      """
      import { Given } from '@cucumber/cucumber'

      Given('a step', function () {
        const value = ;
      })
      """
    When I run "specloop check"
    Then the exit code is 2
    And the output contains "steps/region.steps.ts:4:17: step definition file failed to load: TS1109 Expression expected."
    And the output has no stack trace

  Scenario: a JSON cucumber configuration with a syntax error is located by line and column
    Given a project with the file "cucumber.json":
      """
      {
        "default": {
          "paths": ["features"],
        }
      }
      """
    And the file "features/a.feature":
      """
      Feature: A
      """
    When I run "specloop check"
    Then the exit code is 2
    And the output contains "cucumber.json:4:3: invalid cucumber configuration: syntax error"

  Scenario: an unknown command or option is a usage error
    When I run "specloop chekc"
    Then the exit code is 2
    And the output contains "unknown command 'chekc'"
    When I run "specloop check --format xml"
    Then the exit code is 2
    And the output contains "--format xml is not an output format (check writes text or json)"

  Scenario: a very large feature file is checked, not refused
    Given a project with the file "steps/values.steps.ts":
      """
      import { Given } from '@cucumber/cucumber'

      Given('the value {int} is remembered', function (value: number) {})
      """
    And a feature file "features/huge.feature" of 5 MB with one scenario per 12 lines
    When I run "specloop check --format json"
    Then the exit code is 0
    And the JSON output has "counts.parseErrors" equal to 0
    And the JSON output has "counts.undefinedSteps" equal to 0
    And the JSON output has "counts.scenarios" equal to 12057

  Scenario: a feature file over the size limit is refused before it is parsed, by every command
    Given a project with the file "features/small.feature":
      """
      Feature: small
        Scenario: s
          Given a step
      """
    And a feature file "features/huge.feature" of 20 MB with one scenario per 12 lines
    When I run "specloop check"
    Then the exit code is 2
    And the output contains "features/huge.feature: feature file too large: 20 MB, the limit is 10 MB (split it into smaller features, or raise the limit with SPECLOOP_MAX_FEATURE_MB=<megabytes>)"
    And the output has no stack trace
    When I run "specloop generate"
    Then the exit code is 2
    And the output contains "features/huge.feature: feature file too large: 20 MB"
    When I run "specloop verify"
    Then the exit code is 2
    And the output contains "features/huge.feature: feature file too large: 20 MB"
    When I run "specloop run"
    Then the exit code is 2
    And the output contains "features/huge.feature: feature file too large: 20 MB"
    And the file ".specloop/runs/latest/messages.ndjson" does not exist
    And the file "generated/steps" does not exist

  Scenario: a step with too many values, or too long, is refused at its location instead of hanging or crashing
    Given a project with the file "steps/short.steps.ts":
      """
      import { Given } from '@cucumber/cucumber'

      Given('a short step', function () {})
      """
    And a feature file "features/values.feature" whose step holds 1000 quoted values
    When I run "specloop check"
    Then the exit code is 2
    And the output contains "features/values.feature:4:5: step has too many values: 1,000 quoted strings, numbers, booleans or placeholders, at most 100 (each value becomes a parameter of the step definition: put them in a data table under the step)"
    And the output has no stack trace
    When I run "specloop generate"
    Then the exit code is 2
    And the output contains "features/values.feature:4:5: step has too many values"
    And the file "generated/steps" does not exist
    Given a feature file "features/values.feature" whose step is 6000 characters long
    When I run "specloop check"
    Then the exit code is 2
    And the output contains "features/values.feature:4:5: step text too long: 6,000 characters, at most 5,000 (put long text in a doc string under the step)"
