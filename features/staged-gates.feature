Feature: Staged gates by policy
  `"stages"` in specloop.json says which stages apply: `generate` generates only from approved
  specs ("require-approval"), `verify --ci` refuses stale generated code ("require-fresh"), and
  `gate --promote` requires the CI gate, a passing verified run of the very commit promoted, and
  a promotion approval by each role the stage names (`specloop approve --promote`). Each
  refusal is located and says what to run.

  Background:
    Given a copy of the example "pricing"

  Scenario: require-approval: generate refuses specs not approved, or changed since, and generates once they are approved
    Given the file "specloop.json":
      """
      { "stages": { "generate": "require-approval" } }
      """
    When I run "specloop generate --steps-only"
    Then the exit code is 1
    And the output contains "features/discount.feature:4: \"price for a member\" is not approved: the policy's generate stage (\"require-approval\" in specloop.json) generates only from approved specs (review it, then: specloop approve features/discount.feature; then specloop generate)"
    And the output contains "nothing was written"
    And the file "generated" does not exist
    When I run "specloop approve --by ann@example.com"
    And I run "specloop generate --steps-only"
    Then the exit code is 0
    When I replace "| gold   | 40     | 34    |" with "| gold   | 40     | 33    |" in the file "features/discount.feature"
    And I run "specloop generate --steps-only"
    Then the exit code is 1
    And the output contains "features/discount.feature:4: \"price for a member\" changed since ann@example.com approved it"

  Scenario: require-approval and the gate count the same approvals; approve replaces one the rule in force does not accept
    When I run "specloop approve --by ann@example.com"
    And the file "specloop.json":
      """
      {
        "teams": { "@qa": ["quinn@example.com"] },
        "approvers": { "features/**": ["@qa"] },
        "stages": { "generate": "require-approval" }
      }
      """
    And I run "specloop generate --steps-only"
    Then the exit code is 1
    And the output contains "features/discount.feature:4: \"price for a member\" was approved by ann@example.com, whom the rule \"features/**\" (specloop.json:3) does not allow: the policy's generate stage"
    When I run "specloop approve features/discount.feature --by quinn@example.com"
    Then the exit code is 0
    And the output contains "features/discount.feature:4 \"price for a member\": approved, in place of ann@example.com's approval, which the rule in force does not accept"
    When I run "specloop status"
    Then the output does not contain "features/discount.feature:4: \"price for a member\" was approved by ann@example.com"
    And the output contains "features/shipping.feature:4: \"cost by weight\" was approved by ann@example.com"
    When I run "specloop approve --by quinn@example.com"
    And I run "specloop generate --steps-only"
    Then the exit code is 0

  Scenario: require-fresh: verify --ci refuses stale generated code before it runs, and runs once it is generated again
    Given the file "specloop.json":
      """
      { "stages": { "verify": "require-fresh" } }
      """
    And I run "specloop generate --steps-only"
    When I replace "| gold   | 40     | 34    |" with "| gold   | 40     | 33    |" in the file "features/discount.feature"
    And I run "specloop verify --ci"
    Then the exit code is 1
    And the output contains "generated/steps/discount.steps.ts:1: generated from a spec that changed since: features/discount.feature: the policy's verify stage (\"require-fresh\" in specloop.json) verifies only fresh generated code (run specloop generate, then specloop verify --ci)"
    And the output does not contain "scenarios ("
    When I run "specloop generate --steps-only"
    And I run "specloop verify --ci"
    Then the output contains "scenarios ("
    And the output does not contain "verifies only fresh generated code"

  # Slow for npm test (a run, two verifies, three CI gates with tsc and ESLint): CI runs it in the extended profile.
  @extended
  Scenario: promote: the CI gate, a passing run of this commit, and a promotion approval by each role the policy names
    Given the file "specloop.json":
      """
      {
        "teams": { "@qa": ["quinn@example.com"] },
        "stages": {
          "promote": { "roles": ["@qa", "rita@example.com"] }
        }
      }
      """
    And I run "specloop run"
    And I run "specloop approve --by ann@example.com"
    And a git repository of the project, its ledger and specs.lock committed
    And I run "specloop verify"
    When I run "specloop gate --promote"
    Then the exit code is 1
    And the output contains "promotion: specloop.json:4: no promotion approval by @qa (quinn@example.com) of the specs and generated code as they are now (after review, someone of @qa runs: specloop approve --promote)"
    And the output contains "promotion: specloop.json:4: no promotion approval by rita@example.com of the specs and generated code as they are now"
    And the output contains "Gate failed (promote): 2 findings."
    When I run "specloop approve --promote --by mallory@example.com"
    Then the exit code is 1
    And the output contains "specloop.json:4: mallory@example.com may not approve a promotion: the promote stage asks for @qa, rita@example.com"
    When I run "specloop approve --promote --by quinn@example.com"
    Then the exit code is 0
    And the output contains "Promotion approved by quinn@example.com for @qa: the specs and generated code as they are now"
    When I run "specloop approve --promote --by rita@example.com"
    And the file "NOTES.md":
      """
      A commit after the run.
      """
    And I run "git add NOTES.md"
    And I run "git commit --quiet -m notes"
    And I run "specloop gate --promote"
    Then the exit code is 1
    And the output contains "is of commit"
    And the output contains "(run specloop verify on this commit, then specloop gate --promote)"
    When I run "specloop verify"
    And I run "specloop gate --promote"
    Then the exit code is 0
    And the output contains "Gate passed (promote): 10 checks ran, 3 skipped."
