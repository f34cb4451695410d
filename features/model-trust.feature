@model
Feature: A model's rule is held to the examples like a synthesised one
  Green says a model's code passes the examples; it does not say the code is the rule the
  examples decide. specloop runs a model's implementation of an example table, sandboxed, on
  the rows the examples never show, beside the rule synthesis finds: where they disagree, the
  examples do not decide between them and the operation is ambiguous, with the row that would
  decide — whoever wrote the code. Code that looks the example rows up is refused before it is
  written. The model is a test fixture: a local OpenAI-compatible server with scripted answers.

  Background:
    Given the delivery and morse code specification

  Scenario: a model's rule that passes the examples but answers differently beyond them is ambiguous
    Given the fixture model answers, in order:
      | morse code as a rule, and delivery days with a fifth band beyond the examples |
    When I run "specloop generate --generator openai" with the fixture model
    Then the exit code is 1
    And the output contains "stopped: green"
    And the output contains "features/delivery.feature:11: estimateDeliveryTime (the model's): ambiguous: it and the synthesised rule days = km < 50 ? 1 : km <= 300 ? 2 : 4 answer differently where the examples say nothing"
    And the output contains:
      """
        | km   | days |
        | 1000 | ?    |   km < 50 ? 1 : km <= 300 ? 2 : 4 says 4; the proposed code says 5
      """
    And the output contains "writeInMorseCode (the model's): unconfirmed: no synthesised rule to hold it to"
    And the file "generated/src/estimateDeliveryTime.ts" contains "\"rule\":\"unconfirmed\""
    And the ledger has 2 entries of kind "model-proposal-check"
    When I run "specloop status"
    Then the output contains "rule unconfirmed (the examples do not decide it)"

  Scenario: a model's rule that answers as the synthesised rule everywhere is confirmed
    Given the fixture model answers, in order:
      | morse code as a rule, and delivery days by the same rule in other words |
    When I run "specloop generate --generator openai" with the fixture model
    Then the exit code is 0
    And the output contains "estimateDeliveryTime (the model's): confirmed: it answers as the rule the examples decide (days = km < 50 ? 1 : km <= 300 ? 2 : 4) on"
    And the file "generated/src/estimateDeliveryTime.ts" contains "\"rule\":\"confirmed\""

  Scenario: an answer that looks the example rows up is refused, located, and the model is told why
    Given the fixture model answers, in order:
      | morse code as a lookup of the rows |
      | morse code as a rule               |
    When I run "specloop generate --generator openai" with the fixture model
    Then the output contains "round 1: wrote nothing"
    And the output contains "not written: generated/src/writeInMorseCode.ts: generated/src/writeInMorseCode.ts:3:13: writeInMorseCode tests n against the example values 4, 9, 14, 40 instead of computing a rule"
    And request 2 to the fixture model contains "generated/src/writeInMorseCode.ts was not written: generated/src/writeInMorseCode.ts:3:13: writeInMorseCode tests n against the example values"
    And the output contains "round 2: wrote generated/src/writeInMorseCode.ts; compiles, 12/12 scenarios pass"
    And the output contains "stopped: green"
    And the exit code is 0
