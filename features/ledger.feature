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

  Scenario: a command that appends to a ledger that no longer verifies warns first, and --strict refuses
    Given I replace "\"kind\":\"generate\"" with "\"kind\":\"approve\"" in the file ".specloop/ledger.jsonl"
    When I run "specloop generate --steps-only --strict"
    Then the exit code is 1
    And the output contains ".specloop/ledger.jsonl:1: the audit ledger no longer verifies: the entry here does not match its own hash (it was edited)"
    And the output contains "run without --strict to chain new entries after the last one; nothing was written and nothing recorded"
    When I run "specloop run --strict"
    Then the exit code is 1
    And the output contains ".specloop/ledger.jsonl:1: the audit ledger no longer verifies"
    And the file "reports/index.html" does not exist
    When I run "specloop ledger show"
    Then the output does not contain "#3  "
    When I run "specloop generate --steps-only"
    Then the exit code is 0
    And the output contains "warning: .specloop/ledger.jsonl:1: the audit ledger no longer verifies"
    When I run "specloop ledger show"
    Then the output contains "#3  "

  Scenario: a date that is not one is a usage error
    When I run "specloop ledger show --since yesterday-ish"
    Then the exit code is 2
    And the output contains "--since yesterday-ish is not a date"
