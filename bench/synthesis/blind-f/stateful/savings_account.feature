Feature: Savings account

  Scenario: a deposit
    Given a savings account with 500.00 euros
    When 120.50 euros are deposited
    Then the balance is 620.50 euros

  Scenario: daily withdrawals
    Given a savings account with 1000.00 euros
    When 200.00 euros are withdrawn
    And 100.00 euros are withdrawn
    Then the balance is 700.00 euros
    When 0.01 euros are withdrawn
    Then the withdrawal is refused with "daily limit reached"
    And the balance is 700.00 euros

  Scenario: waiting for the next day
    Given a savings account with 1000.00 euros
    When 250.00 euros are withdrawn
    And 60.00 euros are withdrawn
    Then the withdrawal is refused with "daily limit reached"
    When a new day starts
    And 60.00 euros are withdrawn
    Then the balance is 690.00 euros

  Scenario: not enough money
    Given a savings account with 80.00 euros
    When 80.01 euros are withdrawn
    Then the withdrawal is refused with "insufficient funds"
    And the balance is 80.00 euros
    When 80.00 euros are withdrawn
    Then the balance is 0.00 euros

  Scenario: deposits do not raise the daily limit
    Given a savings account with 100.00 euros
    When 50.00 euros are withdrawn
    And 500.00 euros are deposited
    And 250.00 euros are withdrawn
    Then the balance is 300.00 euros
