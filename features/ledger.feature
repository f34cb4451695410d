Feature: The audit ledger
  Every generation, approval and CI gate is recorded in `.specloop/ledger/`, one file per entry,
  named by its hash; each entry names the entries it follows by their hashes, as a git commit
  names its parents. `specloop ledger verify` says whether every path from the roots still
  holds, and where it breaks: an entry edited, removed, or re-hashed after an edit (found
  against the anchors specs.lock records). `specloop ledger show` prints the history, and
  `specloop ledger migrate` converts the earlier linear `.specloop/ledger.jsonl`.

  Background:
    Given a copy of the example "pricing"
    And I run "specloop generate --steps-only"
    And I run "specloop generate --steps-only"

  Scenario: an untouched ledger verifies, and its history reads plainly
    When I run "specloop ledger verify"
    Then the exit code is 0
    And the output contains ".specloop/ledger/: 2 entries, every path holds."
    When I run "specloop ledger show"
    Then the exit code is 0
    And the output contains "#1  "
    And the output contains "generate  offline/steps  3 specs  8 files written"
    And the output contains "#2  "

  Scenario: an edited entry is found at its file
    When I replace "\"kind\": \"generate\"" with "\"kind\": \"approve\"" in the ledger's entry #1
    And I run "specloop ledger verify"
    Then the exit code is 1
    And the output locates the ledger's entry #1: "this entry does not match its own hash (it was edited)"
    And the output has no stack trace

  Scenario: a removed entry is found at the entry that follows it
    When I delete the ledger's entry #1
    And I run "specloop ledger verify"
    Then the exit code is 1
    And the output locates the entry that follows the one I deleted: "which is not in the ledger (an entry was removed, or re-hashed)"

  Scenario: a ledger rewritten and re-hashed after an edit holds on its own, but not against the approval that anchors it
    Given I run "specloop approve features/discount.feature --by ann@example.com"
    When I replace "\"kind\":\"generate\"" with "\"kind\":\"approve\"" in the ledger's entry #1 and re-hash it and every entry after it
    And I run "specloop ledger verify"
    Then the exit code is 1
    And the output locates the ledger's entry #3: "this entry took the place of"
    And the output contains "which specs.lock anchors (the approval of \"price for a member\" in features/discount.feature by ann@example.com"
    And the output contains "the ledger up to here was rewritten and re-hashed"

  Scenario: the earlier linear ledger still verifies, and migrate converts it, recording a torn tail's repair and itself
    Given the ledger is in its earlier linear form
    When I run "specloop ledger verify"
    Then the exit code is 0
    And the output contains ".specloop/ledger.jsonl: 2 entries, every path holds."
    And the output contains "warning: .specloop/ledger.jsonl: the ledger's earlier, linear form: it verifies, but branches that both append to it conflict when merged"
    When I cut the last 30 characters of the file ".specloop/ledger.jsonl"
    And I run "specloop ledger verify"
    Then the exit code is 1
    And the output contains ".specloop/ledger.jsonl:2: the last entry was cut off mid-write"
    And the output contains "specloop ledger migrate moves it aside and records the repair"
    When I run "specloop ledger migrate"
    Then the exit code is 0
    And the output contains "Migrated 1 entry into .specloop/ledger/ (hashes unchanged); recorded: #2  "
    And the file ".specloop/ledger.jsonl" does not exist
    When I run "specloop ledger verify"
    Then the exit code is 0
    And the output contains ".specloop/ledger/: 3 entries, every path holds."
    When I run "specloop ledger show"
    Then the output has a line with "#1  " and "generate  offline/steps  3 specs  8 files written"
    And the output has a line with "#2  " and "ledger-repair"
    And the output has a line with "#3  " and "migrate"

  Scenario: a command that appends to a ledger that no longer verifies warns first, and --strict refuses
    Given I replace "\"kind\": \"generate\"" with "\"kind\": \"approve\"" in the ledger's entry #1
    When I run "specloop generate --steps-only --strict"
    Then the exit code is 1
    And the output locates the ledger's entry #1: "the audit ledger no longer verifies: the entry here does not match its own hash (it was edited)"
    And the output contains "run without --strict to record new entries after its heads; nothing was written and nothing recorded"
    When I run "specloop run --strict"
    Then the exit code is 1
    And the output contains "the audit ledger no longer verifies"
    And the file "reports/index.html" does not exist
    When I run "specloop ledger show"
    Then the output does not contain "#3  "
    When I run "specloop generate --steps-only"
    Then the exit code is 0
    And the output contains "warning: .specloop/ledger/"
    When I run "specloop ledger show"
    Then the output contains "#3  "

  Scenario: a date that is not one is a usage error
    When I run "specloop ledger show --since yesterday-ish"
    Then the exit code is 2
    And the output contains "--since yesterday-ish is not a date"
