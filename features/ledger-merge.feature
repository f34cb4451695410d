Feature: The ledger across branches
  Entries are files named by their hash, so two branches that both generate and approve add
  different files, and git merges them without a conflict. Each approval in specs.lock names its
  own entry, so approvals of different features merge as their features do. The merged ledger
  has two heads and verifies; the next entry follows both.

  Scenario: two branches both generate and approve; git merges them; the ledger verifies, and the next entry joins them
    Given a copy of the example "pricing"
    And I run "specloop generate --steps-only"
    And I run "specloop approve features/free_delivery.feature --by ann@example.com"
    And a git repository of the project, its ledger and specs.lock committed
    When I run "git checkout --quiet -b left"
    And I run "specloop generate --steps-only"
    And I run "specloop approve features/discount.feature --by ann@example.com"
    And I run "git add --all"
    And I run "git commit --quiet -m left"
    And I run "git checkout --quiet -b right main"
    And I run "specloop generate --steps-only"
    And I run "specloop approve features/shipping.feature --by bob@example.com"
    And I run "git add --all"
    And I run "git commit --quiet -m right"
    And I run "git checkout --quiet main"
    And I run "git merge --quiet --no-edit left"
    Then the exit code is 0
    When I run "git merge --quiet --no-edit right"
    Then the exit code is 0
    When I run "specloop ledger verify"
    Then the exit code is 0
    And the output contains ".specloop/ledger/: 6 entries, every path holds (2 heads: merged branches, joined by the next entry) and reaches all 3 anchors in specs.lock."
    When I run "specloop --format json status"
    Then the JSON output has "counts.scenarios.approved" equal to 3
    When I run "specloop generate --steps-only"
    And I run "specloop ledger verify"
    Then the output contains ".specloop/ledger/: 7 entries, every path holds and reaches all 3 anchors in specs.lock."
    When I run "specloop ledger show"
    Then the output has a line with "#5  " and "generate  offline/steps  3 specs  0 files written  joins 2 branches"
