Feature: The example-table corpus goes green offline
  Every specification of the synthesis corpus (src/testdata/synthesis, a copy of the shared
  corpus) is implemented by the offline generator with no model, except the stateful bank
  account, which is reported as needing a model provider.

  Scenario: generating the whole corpus in one project
    Given a project with every feature of the synthesis corpus
    When I run "specloop generate"
    Then the exit code is 1
    And the output contains "add(a: number, b: number)"
    And the output contains "synthesised (size 17): word = n % 15 === 0 ? 'FizzBuzz' : n % 5 === 0 ? 'Buzz' : n % 3 === 0 ? 'Fizz' : String(n)"
    And the output contains "deposit needs a model provider"
    And the output contains "Summary: 1 round, 60/62 scenarios green, 10 operations synthesised"
    When I run "cucumber-js"
    Then the output contains "62 scenarios (2 failed, 60 passed)"
    And every failing scenario is in "features/account.feature"
