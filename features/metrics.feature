Feature: Metrics that show whether spec-driven generation pays
  `specloop metrics` reads the project's records — the ledger, git's history, the runs kept
  under .specloop/runs and the provenance headers of generated code — and says how much code
  specloop wrote and people wrote, how much of specloop's code people changed by hand (the rework
  rate), how often code was regenerated after a spec changed, how many rounds and how long the
  generate loops took to go green, the questions asked and answered by a new Examples row, the
  scenarios that went red after green, and the model tokens spent; as text or `--format json`,
  and per day for the trend. `--since` takes a date or a git revision. A figure no record holds
  is "unknown", never 0.

  Background:
    Given a spec project as `specloop init` writes it, without its example
    And the file "features/tax.feature":
      """
      Feature: Tax
        Scenario: tax on a price
          Given a price of 100
          When the tax is computed
          Then the tax is 20
      """

  Scenario: a generated file edited by hand is counted as rework, and --since filters
    Given a git repository with everything committed
    And the commit is tagged "start"
    When I run "specloop generate --steps-only"
    And everything is committed, new files included
    And I append to the file "generated/support/world.ts":
      """
      // checked by hand
      """
    And the change is committed
    And I run "specloop metrics --since start --format json"
    Then the exit code is 0
    And the JSON output has "metrics.sources.commits" equal to 2
    And the JSON output has "metrics.commits.handEditedLines" equal to 2
    And the JSON output has "metrics.commits.handEditedFiles.0" equal to "generated/support/world.ts"
    And the JSON output has "metrics.commits.handWrittenLines" equal to 0
    And the JSON output has "metrics.lines.editedGenerated" equal to the number of lines below the provenance header of "generated/support/world.ts"
    And the JSON output has "metrics.regenerations.count" equal to 0
    And the JSON output has "metrics.tokens.input" equal to 0
    And the JSON output has "metrics.escapes" equal to "unknown"
    When I run "specloop metrics --since start"
    Then the output contains "Metrics since"
    And the output contains "2 changed by hand in 1 generated file (generated/support/world.ts)"
    And the output contains "Red after green (defects caught): unknown (fewer than 2 runs kept)"
    When I run "specloop metrics --since 2999-01-01 --format json"
    Then the JSON output has "metrics.sources.commits" equal to 0
    And the JSON output has "metrics.sources.ledgerEntries" equal to 0
    And the JSON output has "metrics.commits.reworkRate" equal to "unknown"

  Scenario: --since that is neither a date nor a revision is a usage error
    Given a git repository with everything committed
    When I run "specloop metrics --since 2026-13-45"
    Then the exit code is 2
    And the output contains "--since 2026-13-45 is not a date"
    When I run "specloop metrics --since no-such-tag"
    Then the exit code is 2
    And the output contains "--since no-such-tag is neither a date nor a git revision (unknown revision 'no-such-tag')"
    And the output has no stack trace

  Scenario: outside git and without a ledger, what cannot be known is unknown
    When I run "specloop metrics"
    Then the exit code is 0
    And the output contains "unknown (not a git repository)"
    And the output contains "Regenerations after a spec change: unknown (no ledger entries)"
    And the output contains "Model tokens spent: unknown (no ledger entries)"

  @extended
  Scenario: a question answered by a new row, a regeneration after a spec change, rounds to green and a scenario red after green
    Given I delete the file "features/tax.feature"
    And the file "features/prizes.feature":
      """
      Feature: Prizes
        Scenario Outline: a prize for a number
          Given the number <n>
          When the prize is checked
          Then a prize is won: <prize>

          Examples:
            | n  | prize |
            | 15 | true  |
            | 30 | true  |
            | 3  | false |
            | 5  | false |
            | 9  | false |
            | 10 | false |
      """
    And a git repository with everything committed
    And the commit is tagged "start"
    When I run "specloop generate"
    And everything is committed, new files included
    And I add the row "| 18 | false |" after "| 10 | false |" in the file "features/prizes.feature"
    And I add the row "| 20 | false |" after "| 18 | false |" in the file "features/prizes.feature"
    And I add the row "| 45 | true  |" after "| 20 | false |" in the file "features/prizes.feature"
    And I run "specloop generate"
    And everything is committed, new files included
    And I run "specloop verify"
    And I replace "| 45 | true  |" with "| 45 | false |" in the file "features/prizes.feature"
    And I run "specloop verify"
    And I run "specloop metrics --since start --format json"
    Then the exit code is 0
    And the JSON output has "metrics.regenerations.count" equal to 1
    And the JSON output has "metrics.regenerations.specs.0" equal to "features/prizes.feature"
    And the JSON output has "metrics.questions.asked" equal to 1
    And the JSON output has "metrics.questions.answered" equal to 1
    And the JSON output has "metrics.loops.count" equal to 2
    And the JSON output has "metrics.loops.green" equal to 2
    And the JSON output has "metrics.loops.medianRoundsToGreen" equal to 1
    And the JSON output has "metrics.escapes.count" equal to 1
    And the JSON output has "metrics.escapes.scenarios.0.name" equal to "a prize for a number"
    And the JSON output has "metrics.commits.handEditedLines" equal to 0
    When I run "specloop report"
    Then in the report in "reports", the metrics have "escapes.count" equal to 1
    And in the report in "reports", the metrics have "questions.answered" equal to 1
    When I run "specloop metrics --since start"
    Then the output contains "Questions (rules the examples did not decide): 1 asked, 1 answered by a new row, 0 open"
    And the output contains "Red after green (defects caught): 1 over 2 runs (features/prizes.feature: a prize for a number)"

  Scenario: a story's questions over several generations: one answered by a new scenario, the next still open, as status counts it
    Given I delete the file "features/tax.feature"
    And the file "features/parking.feature":
      """
      Feature: Parking meter
        Coins buy parking time: each 0.50 EUR buys 15 minutes, up to a maximum
        of 2 hours. Only 0.50, 1.00 and 2.00 EUR coins are accepted.

        Scenario: inserting a coin buys time
          Given an empty parking meter
          When a 1.00 EUR coin is inserted
          Then the meter shows 30 minutes

        Scenario: time adds up
          Given an empty parking meter
          When a 0.50 EUR coin is inserted
          And a 2.00 EUR coin is inserted
          Then the meter shows 75 minutes

        Scenario: the stay is capped at two hours
          Given a parking meter showing 105 minutes
          When a 1.00 EUR coin is inserted
          Then the meter shows 120 minutes

        Scenario: foreign coins are rejected
          Given an empty parking meter
          When a 0.20 EUR coin is inserted
          Then the coin is rejected with "coin not accepted"
          And the meter shows 0 minutes
      """
    When I run "specloop generate"
    Then the output contains "the scenarios do not decide the model of features/parking.feature"
    When I append to the file "features/parking.feature":
      """

        Scenario: a foreign coin is rejected when time is already bought
          Given a parking meter showing 105 minutes
          When a 0.30 EUR coin is inserted
          Then the coin is rejected with "coin not accepted"
          And the meter shows 105 minutes
      """
    And I run "specloop generate"
    Then the output contains "the examples do not decide what \"the meter shows {int} minutes\" says in states they never showed"
    When I run "specloop status"
    Then the output contains "rules: 1 unconfirmed"
    When I run "specloop metrics --format json"
    Then the JSON output has "metrics.questions.asked" equal to 2
    And the JSON output has "metrics.questions.answered" equal to 1
    When I run "specloop metrics"
    Then the output contains "Questions (rules the examples did not decide): 2 asked, 1 answered by a new row, 1 open (ParkingMeter: the examples do not decide what"
