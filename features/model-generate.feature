@model
Feature: Generating with a model
  What the offline generator cannot do (stateful behaviour, free-form steps), an
  OpenAI-compatible model does. specloop asks it for the steps that are undefined or failing,
  writes its files, type-checks them with tsc, runs the suite with cucumber-js and feeds the
  failures back, round after round, until the suite is green or a limit is reached. Here the
  model is a test fixture: a local OpenAI-compatible server with scripted answers, reached
  through the real openai SDK over HTTP.

  Background:
    Given the bank account specification

  Scenario: a stateful specification goes green in one round
    Given the fixture model answers, in order:
      | the correct account |
    When I run "specloop generate --generator openai" with the fixture model
    Then the exit code is 0
    And the output contains "its class skeleton (6 methods) is the model's to fill"
    And the output contains "round 1: wrote generated/src/account.ts, generated/steps/account.steps.ts; compiles, 2/2 scenarios pass"
    And request 1 to the fixture model contains "## Class skeletons to fill in"
    And request 1 to the fixture model contains "error: BankAccount.givenEmptyAccount is not written yet"
    And the output contains "stopped: green"
    And the output contains "1 round, tokens"
    And request 1 to the fixture model contains "the withdrawal is refused with \"insufficient funds\""
    And request 1 to the fixture model asks for "response_format"
    And the file "generated/src/account.ts" starts with a provenance header naming the model "fixture-model"
    And the ledger has 1 entry of kind "model-round"
    When I run "cucumber-js"
    Then the exit code is 0
    And the output contains "2 scenarios (2 passed)"

  Scenario: what the offline generator can do, the model is not asked for
    Given the file "features/addition.feature":
      """
      Feature: Addition
        Scenario Outline: adding two numbers
          Given the numbers <a> and <b>
          When they are added
          Then the sum is <sum>

          Examples:
            | a | b  | sum |
            | 1 | 2  | 3   |
            | 5 | 7  | 12  |
            | 0 | 9  | 9   |
      """
    And I delete "features/account.feature"
    And the fixture model answers, in order:
      | the correct account |
    When I run "specloop generate --generator openai" with the fixture model
    Then the exit code is 0
    And the output contains "stopped: green (the suite was already green: nothing to do)"
    And the fixture model received 0 requests

  Scenario: a bug in round 1 is fixed in round 2 from the failure it caused
    Given the fixture model answers, in order:
      | an account that ignores withdrawals |
      | the correct account                 |
    When I run "specloop generate --generator openai" with the fixture model
    Then the exit code is 0
    And the output contains "round 1: wrote generated/src/account.ts, generated/steps/account.steps.ts; compiles, 1/2 scenarios pass"
    And the output contains "round 2: wrote generated/src/account.ts; compiles, 2/2 scenarios pass"
    And request 2 to the fixture model contains "step: the balance is 70 (failed, defined at generated/steps/account.steps.ts:"
    And request 2 to the fixture model contains "error: expected 100 to equal 70"
    And request 2 to the fixture model contains ".<anonymous> (generated/steps/account.steps.ts:"
    And request 2 to the fixture model contains "// forgot to subtract"
    And the ledger has 2 entries of kind "model-round"

  Scenario: a round that makes things worse is rolled back
    Given the fixture model answers, in order:
      | an account that ignores withdrawals |
      | a broken account                    |
      | the correct account                 |
    When I run "specloop generate --generator openai" with the fixture model
    Then the exit code is 0
    And the output contains "round 2: wrote generated/src/account.ts; does not compile, 0/2 scenarios pass (worse: rolled back to the best version so far)"
    And request 3 to the fixture model contains "round 2 made things worse"
    And request 3 to the fixture model contains "// forgot to subtract"
    And request 3 to the fixture model does not contain "export const nothing"
    And the output contains "stopped: green"

  Scenario: no progress for two rounds stops the loop
    Given the fixture model answers, in order:
      | an account that ignores withdrawals         |
      | an account with the wrong refusal message   |
      | an account that ignores withdrawals         |
      | the correct account                         |
    When I run "specloop generate --generator openai --max-rounds 5" with the fixture model
    Then the exit code is 1
    And the output contains "stopped: no-progress (no progress for 2 rounds in a row)"
    And the output contains "3 rounds"
    And the fixture model received 3 requests

  Scenario Outline: the loop stops at its limits (<limit>)
    Given the fixture model answers, in order:
      | an account that ignores withdrawals |
      | the correct account                 |
    When I run "specloop generate --generator openai <option>" with the fixture model
    Then the exit code is 1
    And the output contains "stopped: <reason>"
    And the fixture model received <requests> requests

    Examples:
      | limit        | option             | reason       | requests |
      | max rounds   | --max-rounds 1     | max-rounds   | 1        |
      | token budget | --token-budget 100 | token-budget | 0        |
      | time limit   | --time-limit 0.1   | time-limit   | 0        |

  Scenario: the token budget is a hard limit: a request asks for no longer an answer than what is left of it
    Given the fixture model answers, in order:
      | the correct account |
    When I run "specloop generate --generator openai --token-budget 50000" with the fixture model
    Then the exit code is 0
    And request 1 to the fixture model asks for "max_completion_tokens"

  Scenario: rate limits and server errors are retried
    Given the fixture model answers, in order:
      | HTTP 429            |
      | HTTP 500            |
      | the correct account |
    When I run "specloop generate --generator openai" with the fixture model
    Then the exit code is 0
    And the output contains "1 round"
    And the fixture model received 3 requests

  Scenario: a model that does not answer in time
    Given the fixture model answers, in order:
      | an answer after 3 seconds |
      | an answer after 3 seconds |
      | an answer after 3 seconds |
    When I run "specloop generate --generator openai --request-timeout 0.3" with the fixture model
    Then the exit code is 1
    And the output contains "did not answer in time"
    And the output contains "stopped: generator-error"
    And the output has no stack trace
    And the file "generated/src/account.ts" does not exist

  Scenario: malformed JSON is told to the next round
    Given the fixture model answers, in order:
      | malformed JSON      |
      | the correct account |
    When I run "specloop generate --generator openai" with the fixture model
    Then the exit code is 0
    And the output contains "round 1: wrote nothing (answer not usable)"
    And request 2 to the fixture model contains "the answer was not valid JSON"

  Scenario: an answer cut off at the length limit is not used
    Given the fixture model answers, in order:
      | an answer cut off at the length limit |
      | the correct account                   |
    When I run "specloop generate --generator openai" with the fixture model
    Then the exit code is 0
    And the output contains "finish_reason \"length\""
    And request 2 to the fixture model contains "cut off at the output token limit"

  Scenario: an endpoint without JSON schema support is asked for a tool call, then fenced blocks
    Given the fixture model answers, in order:
      | rejection of response_format         |
      | rejection of tools                   |
      | the correct account as fenced blocks |
    When I run "specloop generate --generator openai" with the fixture model
    Then the exit code is 0
    And the fixture model received 3 requests
    And request 1 to the fixture model asks for "response_format"
    And request 2 to the fixture model asks for "tools"
    And request 3 to the fixture model contains "for each file, a line with its path, then the whole file in a fenced code block"
