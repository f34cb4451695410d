Feature: Savings account

  Scenario: two days of withdrawals
    Given a savings account with 2000.00 euros
    When 300.00 euros are withdrawn
    Then the balance is 1700.00 euros
    When a new day starts
    And 150.00 euros are withdrawn
    And 150.00 euros are withdrawn
    Then the balance is 1400.00 euros
    When 10.00 euros are withdrawn
    Then the withdrawal is refused with "daily limit reached"
    And the balance is 1400.00 euros

  Scenario: emptying the account
    Given a savings account with 40.00 euros
    When 10.00 euros are deposited
    And 50.01 euros are withdrawn
    Then the withdrawal is refused with "insufficient funds"
    When 50.00 euros are withdrawn
    Then the balance is 0.00 euros

  Scenario: the limit to the cent
    Given a savings account with 600.00 euros
    When 299.99 euros are withdrawn
    And 0.01 euros are withdrawn
    Then the balance is 300.00 euros
    When a new day starts
    And 300.00 euros are withdrawn
    Then the balance is 0.00 euros
