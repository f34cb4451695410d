@model
Feature: What leaves the machine
  A prompt holds the project's specs and code. It goes only to an endpoint on the allow-list
  ("generate.endpoints" in specloop.json; by default OpenAI's and loopback), with --local-only
  only to loopback or private addresses, and never holds what is confidential: the scenarios
  with a confidential tag (by default @confidential) and files matching the configured globs.
  --show-prompt prints the first request exactly as it would be sent, and sends nothing.

  Background:
    Given the bank account specification

  Scenario: an endpoint not on the allow-list is refused before anything is sent or written
    Given the file "specloop.json":
      """
      { "generate": { "endpoints": ["https://llm.example.com/v1"] } }
      """
    And the fixture model answers, in order:
      | the correct account |
    When I run "specloop generate --generator openai" with the fixture model
    Then the exit code is 2
    And the output contains "specloop.json:1:17: the model endpoint http://127.0.0.1:"
    And the output contains "is not on the allow-list of model endpoints"
    And the output contains "add \"http://127.0.0.1:"
    And the fixture model received 0 requests
    And the file "generated/steps/account.steps.ts" does not exist
    When I run "specloop generate --generator openai" with the model endpoint "http://203.0.113.7/v1"
    Then the exit code is 2
    And the output contains "the model endpoint http://203.0.113.7/v1 is not on the allow-list"

  Scenario: --local-only refuses an allowed endpoint whose address is not local
    Given the file "specloop.json":
      """
      { "generate": { "endpoints": ["http://203.0.113.7/v1", "http://127.0.0.1:*"] } }
      """
    When I run "specloop generate --generator openai --local-only" with the model endpoint "http://203.0.113.7/v1"
    Then the exit code is 2
    And the output contains "--local-only: the model endpoint http://203.0.113.7/v1 resolves to 203.0.113.7, not a loopback or private address; nothing was sent"
    And the file "generated/steps/account.steps.ts" does not exist

  Scenario: confidential scenarios, example rows and files never reach the model, and it is not asked for them alone
    Given the file "specloop.json":
      """
      { "generate": { "confidential": { "tags": ["@confidential", "@board-only"], "files": ["src/secret/**"] } } }
      """
    And the file "features/account.feature":
      """
      Feature: Bank account
        Scenario: deposit then withdraw
          Given an empty account
          When I deposit 100
          And I withdraw 30
          Then the balance is 70

        Scenario: overdraft is refused
          Given an account with balance 20
          When I try to withdraw 50
          Then the withdrawal is refused with "insufficient funds"
          And the balance is 20

        Scenario Outline: a deposit shows in the balance
          Given an account with balance <start>
          When I deposit <amount>
          Then the balance is <end>

          Examples:
            | start | amount | end |
            | 10    | 5      | 15  |

          @board-only
          Examples: figures for the board
            | start | amount | end  |
            | 9041  | 777    | 9818 |

        @confidential
        Scenario: the merger code name opens the data room
          Given the merger code name "BLUEHERON"
          Then the data room of Globex opens
      """
    And the file "src/secret/pricing.ts":
      """
      export function secretMarkupForGlobex(price: number): number {
        return price * 1.37
      }
      """
    And the fixture model answers, in order:
      | the correct account |
    When I run "specloop generate --generator openai" with the fixture model
    Then the exit code is 1
    And the fixture model received 1 request
    And request 1 to the fixture model contains "a deposit shows in the balance"
    And request 1 to the fixture model contains "| 10    | 5      | 15  |"
    And request 1 to the fixture model does not contain "9041"
    And request 1 to the fixture model does not contain "figures for the board"
    And request 1 to the fixture model does not contain "BLUEHERON"
    And request 1 to the fixture model does not contain "Globex"
    And request 1 to the fixture model does not contain "merger"
    And request 1 to the fixture model does not contain "secretMarkup"
    And the output contains "stopped: not-asked (the 1 scenario still not passing is confidential (@confidential, @board-only): the model is not asked about it)"
    And the ledger's model call names what the prompt included, without its text

  Scenario: --show-prompt prints the first request byte for byte, sends nothing and changes nothing
    Given the fixture model answers, in order:
      | the correct account |
    When I run "specloop generate --generator openai --show-prompt --local-only" with the fixture model
    Then the exit code is 0
    And the fixture model received 0 requests
    And the file "generated/steps/account.steps.ts" does not exist
    And the file ".specloop/scratch" does not exist
    And the output contains "nothing was sent and the project was not changed"
    When I keep what was printed
    And I run "specloop generate --generator openai" with the fixture model
    Then the exit code is 0
    And request 1 to the fixture model is, byte for byte, what was printed
