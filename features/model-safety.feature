@model
Feature: Applying a model's output safely
  A model's answer is untrusted. Its paths must stay inside the allow-list (steps/, generated/,
  src/), a generated file that someone edited by hand is never overwritten, and the API key
  never leaves the environment: not into output, files, the ledger, cassettes, nor the code
  under test.

  Background:
    Given the bank account specification

  Scenario: paths outside the allowed folders are refused and nothing is written there
    Given "generated/outside" is a symbolic link to a folder outside the project
    And the fixture model answers, in order:
      | the correct account and files outside the allowed folders |
    When I run "specloop generate --generator openai" with the fixture model
    Then the exit code is 0
    And the output contains "not written: ../../escaped.ts: '..' is refused"
    And the output contains "not written: /etc/specloop-escaped.ts: absolute paths are refused"
    And the output contains "not written: package.json: protected path"
    And the output contains "not written: features/account.feature: protected path"
    And the output contains "not written: generated/notes.md: only .ts"
    And the output contains "not written: generated/outside/escaped.ts: generated/outside/escaped.ts leads outside the allowed folders through a symbolic link"
    And nothing was written outside the allowed folders

  Scenario: a file name too long for the file system is refused, located, and the loop goes on
    Given the fixture model answers, in order:
      | the correct account and a file name of 300 characters |
    When I run "specloop generate --generator openai" with the fixture model
    Then the exit code is 0
    And the output contains "aaaa.ts: file name too long: 300 bytes, at most 200 (file systems take 255, and writing adds a temporary suffix)"
    And the output contains "round 1"
    And the output has no stack trace

  Scenario: a generated file edited by hand is never overwritten
    Given a generated file "generated/src/account.ts" that was edited by hand
    And the fixture model answers, in order:
      | the correct account |
    When I run "specloop generate --generator openai" with the fixture model
    Then the output contains "not written: generated/src/account.ts: edited by hand"
    And the hand-edited file "generated/src/account.ts" is unchanged

  Scenario: a planted API key appears nowhere
    Given the fixture model answers, in order:
      | HTTP 500 echoing the key                                    |
      | the correct account, with code that reads the environment |
      | HTTP 401 echoing the key                                    |
    When I run "specloop generate --generator openai --record cassette" with the fixture model
    Then the exit code is 0
    And the file ".specloop/environment.json" exists
    When I change "balance is 70" in "features/account.feature" to "balance is 71"
    And I run "specloop generate --generator openai" with the fixture model
    Then the exit code is 1
    And the output contains "HTTP 401"
    And the output contains "[redacted]"
    And the API key appears in no output, no file, no ledger entry and no cassette

  Scenario: settings that cannot work are refused before anything runs
    Given the file "specloop.json":
      """
      { "generate": { "model": "gpt-test", "apiKey": "sk-in-a-file-0123456789" } }
      """
    When I run "specloop generate --generator openai" offline, with no model configured
    Then the exit code is 2
    And the output contains "specloop.json:1:38: \"generate.apiKey\": secrets are refused"
    And the output does not contain "sk-in-a-file"
    Given the file "specloop.json":
      """
      { "generate": { "maxRounds": 3 } }
      """
    When I run "specloop generate --generator openai" offline, with no model configured
    Then the exit code is 2
    And the output contains "no model to ask: set SPECLOOP_MODEL"
    When I run "specloop generate --generator replay" offline, with no model configured
    Then the exit code is 2
    And the output contains "--generator replay needs --cassette DIR"
    When I run "specloop generate --token-budget 2000" offline, with no model configured
    Then the exit code is 2
    And the output contains "--token-budget needs --generator openai or replay"
    And the file "generated/steps/account.steps.ts" does not exist

  Scenario: a key an endpoint echoes into its answer lands in no file
    Given the fixture model answers, in order:
      | the correct account, with the key echoed in a comment |
    When I run "specloop generate --generator openai --record cassette" with the fixture model
    Then the exit code is 0
    And the file "generated/src/account.ts" contains "[redacted]"
    # Nor in what is made from the generated code: the instrumented cache, the coverage pages, the report.
    When I run "specloop verify"
    And I run "specloop report"
    Then the file ".specloop/runs/latest/coverage/html/index.html" exists
    And the file "reports/index.html" exists
    And the API key appears in no output, no file, no ledger entry and no cassette

  Scenario: every wait draws on the time limit: a Retry-After of an hour ends the run at the limit
    Given the fixture model answers, in order:
      | HTTP 429 asking to retry after an hour |
      | HTTP 429 asking to retry after an hour |
      | HTTP 429 asking to retry after an hour |
    When I run "specloop generate --generator openai --time-limit 8" with the fixture model
    Then the exit code is 1
    And the run took less than 30 seconds
    And the output contains "time limit"

  Scenario: a model that never answers ends the run at the limit
    Given the fixture model answers, in order:
      | no answer for an hour |
    When I run "specloop generate --generator openai --time-limit 8 --request-timeout 600" with the fixture model
    Then the exit code is 1
    And the run took less than 30 seconds
    And the output contains "did not answer within the time limit"

  Scenario: code that loops while it is loaded ends the run at the limit, and what it started is killed
    Given the fixture model answers, in order:
      | an account that loops when it is loaded |
    When I run "specloop generate --generator openai --time-limit 10" with the fixture model
    Then the exit code is 1
    And the run took less than 30 seconds
    And the output contains "time limit"
    And every process whose pid is in ".specloop/pids" ends within 5 seconds
