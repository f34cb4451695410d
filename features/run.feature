Feature: The whole loop in one command
  `specloop run` checks the specification, generates what is undefined (step definitions, and
  implementations synthesised from example tables), verifies the suite with its trace, and
  writes the report — offline, with no model and no API key.

  Scenario: a Specification-by-Example project goes green offline
    Given a copy of the example "pricing"
    When I run "specloop run"
    Then the exit code is 0
    And the output contains "generate  round 1: compiles, 16/16 scenarios pass"
    And the output contains "generate  9 step definitions, 3 operations, 8 files written"
    And the output contains "calculateShippingCost: synthesised"
    And the output contains "verify    16 scenarios (16 passed)"
    And the output contains "report    reports/index.html"
    And the file "reports/index.html" exists
    And the file "generated/src/calculateShippingCost.ts" contains "export function calculateShippingCost(weight: number): number"
    And the ledger is intact and records the generated files with their hashes and the round's result
    When I run "cucumber-js"
    Then the exit code is 0
    And the output contains "16 scenarios (16 passed)"

  Scenario: the files written are counted over every round, as the ledger records them
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
      """
    When I run "specloop run"
    Then the exit code is 1
    And the output contains "generate  3 step definitions, 1 operation, 4 files written"
    And the output has a line with "run       not green in " and " s: 4 scenarios not passing, 1 without a rule: lookUpItsPrize"
    And the output has a line with "failed: features/lottery.feature:" and " the prize of a ticket"
    And the files the output counts as written are those the ledger records

  Scenario: a stateful specification becomes a domain class, offline
    Given a copy of the example "bank-account"
    When I run "specloop run"
    Then the exit code is 0
    And the output contains "BankAccount: synthesised ("
    And the output contains "tryToWithdraw(amount): refused with 'insufficient funds' when amount > this.balance; this.balance -= amount"
    And the output contains "verify    7 scenarios (7 passed)"
    And the file "generated/src/bankAccount.ts" contains "export class BankAccount {"
    And the file "reports/index.html" exists

  Scenario: a generated class deleted by hand is written again, not left as a step file that cannot load
    Given a spec project as `specloop init` writes it, without its example
    And the file "features/tally.feature":
      """
      Feature: Tally counter
        Scenario: counting
          Given the counter shows 0
          When the button is clicked
          And the button is clicked
          Then the counter shows 2

        Scenario: starting again
          Given the counter shows 5
          When the reset button is pressed
          Then the counter shows 0
      """
    And I run "specloop generate"
    And I delete the file "generated/src/tallyCounter.ts"
    When I run "specloop run"
    Then the output does not contain "stopped at check"
    And the output contains "specloop wrote that file and writes it again"
    And the file "generated/src/tallyCounter.ts" contains "export class TallyCounter"
    And the output contains "verify    2 scenarios (2 passed)"

  Scenario: a specification that does not parse stops at check, and nothing is generated
    Given a project with the file "features/broken.feature":
      """
      Feature: Broken
        Scenario: one
          Given a number 1
          Exmples:
      """
    When I run "specloop run"
    Then the exit code is 1
    And the output contains "features/broken.feature:4:5: expected"
    And the file "generated/steps" does not exist

  Scenario: the demo runs an example offline and says where the report is
    When I run the demo
    Then the exit code is 0
    And the output contains "Result: green"
    And the output contains "generated/src/calculateShippingCost.ts"
    And the demo names a report file that exists

  Scenario: with a model, run makes a stateful specification green
    Given the bank account specification
    And the fixture model answers, in order:
      | the correct account |
    When I run "specloop run --generator openai" with the fixture model
    Then the exit code is 0
    And the output contains "model     openai, model fixture-model"
    And the output contains "model     stopped: green"
    And the output contains "verify    2 scenarios (2 passed)"
    And the output contains "run       green"
    And the fixture model received 1 request

  Scenario: run refuses model options without a model generator
    Given the bank account specification
    When I run "specloop run --cassette somewhere"
    Then the exit code is 2
    And the output contains "specloop run: --cassette needs --generator openai or replay"
    And the output has no stack trace

  Scenario: a runtime dependency the generated steps need is asked for before any round runs
    Given the file "shop/package.json":
      """
      { "name": "shop", "private": true, "devDependencies": { "@cucumber/cucumber": "12.9.0", "ts-node": "10.9.2", "typescript": "5.9.3" } }
      """
    And the file "shop/features/tax.feature":
      """
      Feature: Tax
        Scenario: tax on a price
          Given a price of 100
          When the tax is computed
          Then the tax is 20
      """
    And the project "shop" has its dependencies installed
    When I run "specloop run" in "shop"
    Then the exit code is 2
    And the output contains "generated step definitions import chai, which the project does not have: nothing was written (npm i -D chai)"
    And the file "shop/generated/steps/tax.steps.ts" does not exist
