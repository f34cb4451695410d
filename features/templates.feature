Feature: Spec templates: a well-formed feature to start from
  `specloop new feature NAME --template T` writes features/NAME.feature from a template: a
  Background, Rules, a Scenario Outline with rows at the boundaries, and a refusal. Its
  `@template:T` tag keeps where it came from, and the living docs show it. `specloop templates`
  lists specloop's templates and the project's own (in spec-templates/, or the folder
  `"templates"` names in specloop.json), which can replace a built-in one.

  Background:
    Given a spec project as `specloop init` writes it, without its example

  Scenario: the templates are listed, a feature is written from one, and a project template replaces a built-in
    When I run "specloop templates"
    Then the exit code is 0
    And the output contains:
      """
      calculation    a number computed from numbers, with the boundary where the formula changes (built-in)
      crud-api       records kept by a key: created, read, updated, deleted, with the requests that are refused (built-in)
      rule-table     a decision table: an input in, one outcome out, band by band, with each band's edges (built-in)
      state-machine  a thing with state: commands change it, queries read it, a command the state does not allow is refused (built-in)
      workflow       a process that moves through named states, one step at a time, refusing a step out of order (built-in)
      Your own: spec-templates/NAME.feature (a feature with {{name}} for its name). Use one: specloop new feature NAME --template NAME
      """
    When I run "specloop new feature billing/shipping-cost --template calculation"
    Then the exit code is 0
    And the output contains "Created features/billing/shipping-cost.feature from the template calculation."
    And the file "features/billing/shipping-cost.feature" contains:
      """
      @template:calculation
      Feature: Shipping cost
      """
    When I run "specloop check"
    Then the exit code is 1
    And the output contains "1 feature, 9 scenarios"
    Given the file "specloop.json":
      """
      { "templates": "our-templates" }
      """
    And the file "our-templates/calculation.feature":
      """
      # template: calculation — how our team writes a calculation
      Feature: {{name}}
        Rule: totals add up
          Scenario Outline: a total
            Given the amounts <a> and <b>
            When they are added
            Then the total is <total>
            Examples:
              | a | b | total |
              | 0 | 0 | 0     |
              | 1 | 2 | 3     |
      """
    When I run "specloop templates"
    Then the output contains "calculation    how our team writes a calculation (our-templates/calculation.feature, replaces the built-in)"
    When I run "specloop new feature totals --template calculation"
    Then the exit code is 0
    And the output contains "Created features/totals.feature from the template calculation (our-templates/calculation.feature)."
    And the file "features/totals.feature" contains:
      """
      @template:calculation
      Feature: Totals
        Rule: totals add up
      """

  Scenario: bad input is refused with what was expected, and an existing feature is never overwritten
    When I run "specloop new feature fares --template rule-tabel"
    Then the exit code is 2
    And the output contains "unknown template \"rule-tabel\" (choose one of calculation, crud-api, rule-table, state-machine, workflow; specloop templates describes them"
    And the file "features/fares.feature" does not exist
    When I run "specloop new feature fares"
    Then the exit code is 2
    And the output contains "which template? --template is missing"
    When I run "specloop new feature ../fares --template rule-table"
    Then the exit code is 2
    And the output contains "\"../fares\" is not a feature name: use letters, digits, hyphens and underscores, with / for a folder"
    Given the file "features/fares.feature":
      """
      Feature: Fares as we wrote them
      """
    When I run "specloop new feature fares --template rule-table"
    Then the exit code is 2
    And the output contains "features/fares.feature: the feature exists already: nothing was written"
    And the file "features/fares.feature" still contains "Feature: Fares as we wrote them"
    Given the file "spec-templates/broken.feature":
      """
      Feature: {{name}}
        Scenario: a start
          Given a thing
        Oops, not a step
      """
    When I run "specloop new feature other --template broken"
    Then the exit code is 2
    And the output contains "spec-templates/broken.feature:4:3: the template \"broken\" is not a valid feature"
    And the file "features/other.feature" does not exist
    And the output has no stack trace

  @extended
  Scenario Outline: a feature from the <template> template is green after specloop run, offline, and the living docs name its template
    When I run "specloop new feature <name> --template <template>"
    And I run "specloop run"
    Then the exit code is 0
    And the output contains "synthesised"
    And the output contains "run       green"
    When I run "specloop report --format markdown --out -"
    Then the output contains "- <title> (`features/<name>.feature`): template <template>"
    And the file "reports/index.html" contains "\"template\":\"<template>\""
    When I open the report in a browser
    And I open the feature "<title>"
    Then the view says "Written from the spec template <template>"

    Examples:
      | template      | name          | title         |
      | rule-table    | fares         | Fares         |
      | calculation   | shipping-cost | Shipping cost |
      | state-machine | seed-store    | Seed store    |
      | crud-api      | books         | Books         |

  @extended
  Scenario Outline: what the offline generator cannot decide in the <template> template is said, not written as green
    When I run "specloop new feature <name> --template <template>"
    And I run "specloop run"
    Then the exit code is 1
    And the output contains "<what specloop says>"
    And the output contains "run       not green"

    Examples:
      | template | name   | what specloop says                                                  |
      | workflow | orders | ambiguous, written unconfirmed                                      |
      | workflow | orders | are refused: add a scenario at its edge                             |
