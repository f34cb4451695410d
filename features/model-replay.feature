@model
Feature: Recording and replaying a model session
  `--record DIR` saves every request/response pair (no authorisation) while specloop talks to a
  model; `--generator replay --cassette DIR` replays them offline and deterministically, so a
  model-generated run stays reproducible in CI. A request that was not recorded fails loudly.

  Scenario: a replayed session reproduces byte-identical files, and a changed spec fails loudly
    Given the bank account specification
    And the fixture model answers, in order:
      | HTTP 429                            |
      | an account that ignores withdrawals |
      | the correct account                 |
    When I run "specloop generate --generator openai --record cassette" with the fixture model
    Then the exit code is 0
    And the directory "cassette" contains only:
      """
      0001.json
      0002.json
      0003.json
      """
    When I remember the generated files
    And I delete "generated"
    And I run "specloop generate --generator replay --cassette cassette" offline, with no model configured
    Then the exit code is 0
    And the output contains "model generator: replay, model fixture-model, cassette cassette"
    And the output contains "stopped: green"
    And the generated files are byte-identical to the remembered ones
    When I delete "generated"
    And I change "balance is 70" in "features/account.feature" to "balance is 71"
    And I run "specloop generate --generator replay --cassette cassette" offline, with no model configured
    Then the exit code is 1
    And the output contains "request 1 was not recorded"
    And the output contains "record it again with --record"
    And the output has no stack trace
