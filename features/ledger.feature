Feature: The audit ledger
  Every generation is recorded in `.specloop/ledger.jsonl`, each entry chained to the one before
  it by its hash. `specloop ledger verify` says whether the chain still holds, and where it
  breaks: an entry edited, removed or reordered, or a write cut off. `specloop ledger show` prints
  the history.

  Background:
    Given a copy of the example "pricing"
    And I run "specloop generate --steps-only"
    And I run "specloop generate --steps-only"

  Scenario: an untouched ledger verifies, and its history reads plainly
    When I run "specloop ledger verify"
    Then the exit code is 0
    And the output contains ".specloop/ledger.jsonl: 2 entries, the chain holds."
    When I run "specloop ledger show"
    Then the exit code is 0
    And the output contains "#1  "
    And the output contains "generate  offline/steps  3 specs  8 files written"
    And the output contains "#2  "

  Scenario: an edited entry is found at its line
    When I replace "\"kind\":\"generate\"" with "\"kind\":\"approve\"" in the file ".specloop/ledger.jsonl"
    And I run "specloop ledger verify"
    Then the exit code is 1
    And the output contains ".specloop/ledger.jsonl:1: this entry does not match its own hash (it was edited)"
    And the output has no stack trace

  Scenario: a write cut off mid-entry is said to be so, and the next generation repairs and records it
    When I cut the last 30 characters of the file ".specloop/ledger.jsonl"
    And I run "specloop ledger verify"
    Then the exit code is 1
    And the output contains ".specloop/ledger.jsonl:2: the last entry was cut off mid-write"
    When I run "specloop generate --steps-only"
    And I run "specloop ledger verify"
    Then the exit code is 0
    And the output contains "3 entries, the chain holds."
    When I run "specloop ledger show"
    Then the output contains "#2  "
    And the output contains "ledger-repair"

  Scenario: a date that is not one is a usage error
    When I run "specloop ledger show --since yesterday-ish"
    Then the exit code is 2
    And the output contains "--since yesterday-ish is not a date"
