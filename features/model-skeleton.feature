@model
Feature: A story offline synthesis cannot do is handed to the model as a class skeleton
  With a model configured, a stateful feature that no state model offline reproduces is not left
  to the model to structure as it likes: specloop writes the class skeleton the scenarios imply —
  the class, a typed method per Given, When and Then step named as the offline renderer names
  them, the refusal type, and the scenarios each method must satisfy — and step definitions that
  call it. The model fills in the bodies; an answer that drops or renames a method is refused,
  located, and the next round is told why. The model is a test fixture: a local
  OpenAI-compatible server with scripted answers.

  Background:
    Given the till specification

  Scenario: the model is given the class skeleton and fills in its bodies
    Given the fixture model answers, in order:
      | the till skeleton filled in |
    When I run "specloop generate --generator openai" with the fixture model
    Then the output contains "class Till in generated/src/till.ts (8 scenarios)"
    And the output contains "its class skeleton (4 methods) is the model's to fill"
    And request 1 to the fixture model contains "## Class skeletons to fill in"
    And request 1 to the fixture model contains "ringUpItemsAtEach(amount: number, amount2: number): void {"
    And request 1 to the fixture model contains "tillTotal(): number {"
    And request 1 to the fixture model contains "export class Refusal extends Error {}"
    And request 1 to the fixture model contains:
      """
         * When I void the last line
         * Scenarios: "voiding the last line", "nothing to void"
      """
    And request 1 to the fixture model contains "error: Till.givenEmptyTill is not written yet"
    And the output contains "round 1: wrote generated/src/till.ts; compiles, 8/8 scenarios pass"
    And the output contains "stopped: green"
    And the exit code is 0
    And the ledger's model round 1 shows the skeleton "generated/src/till.ts"
    When I run "cucumber-js"
    Then the exit code is 0
    And the output contains "8 scenarios (8 passed)"

  Scenario: an answer that drops a method of the skeleton is refused, located, and the model is told why
    Given the fixture model answers, in order:
      | the till skeleton without its method voidLastLine |
      | the till skeleton filled in                       |
    When I run "specloop generate --generator openai" with the fixture model
    Then the output contains "round 1: wrote nothing"
    And the output contains "not written: generated/src/till.ts: generated/src/till.ts:6:14: Till does not keep the skeleton's method voidLastLine(): void (removed or renamed)"
    And request 2 to the fixture model contains "generated/src/till.ts was not written: generated/src/till.ts:6:14: Till does not keep the skeleton's method voidLastLine(): void (removed or renamed) (keep every class, method and signature of the skeleton generated/src/till.ts"
    And the output contains "round 2: wrote generated/src/till.ts; compiles, 8/8 scenarios pass"
    And the output contains "stopped: green"
    And the exit code is 0

  Scenario: a skeleton the model filled is kept on later runs, offline or with the model
    Given the fixture model answers, in order:
      | the till skeleton filled in |
    When I run "specloop generate --generator openai" with the fixture model
    Then the exit code is 0
    When I remember the generated files
    And I run "specloop generate"
    Then the generated files are byte-identical to the remembered ones
    When I run "specloop generate --generator openai" with the fixture model
    Then the generated files are byte-identical to the remembered ones
    When I run "cucumber-js"
    Then the exit code is 0
    And the output contains "8 scenarios (8 passed)"
