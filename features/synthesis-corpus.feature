Feature: The example-table corpus, offline
  Every specification of the synthesis corpus (src/testdata/synthesis, a copy of the shared
  corpus) is implemented by the offline generator with no model. Where the rows do not decide
  the rule (FizzBuzz's rows fit "n > 10" as well as "n % 15 === 0"), the rule is written
  unconfirmed and the deciding row is asked for. The stateful bank account becomes a class
  whose two scenarios do not decide it either (a second deposit could add or replace): it is
  written unconfirmed, with the scenario that would decide.

  Scenario: generating the whole corpus in one project
    Given a project with every feature of the synthesis corpus
    When I run "specloop generate"
    Then the exit code is 1
    And the output contains "add(a: number, b: number)"
    And the output has a line with "synthesised (" and "fahrenheit = celsius * 1.8 + 32"
    And the output has a line with "ambiguous, written unconfirmed" and "word = "
    And the output contains "class BankAccount in generated/src/bankAccount.ts (2 scenarios)"
    And the output contains "Summary: 1 round, 62/62 scenarios green, 8 operations synthesised"
    And the output contains "3 ambiguous (BankAccount, sayInFizzBuzz, calculateShippingCost)"
    When I run "cucumber-js"
    Then the output contains "62 scenarios (62 passed)"
