Feature: Cash machine
  The machine pays out 10 and 20 notes, so amounts must be in tens. A card can take
  out at most 300.00 a day.

  Scenario: two withdrawals
    Given the account balance is 500.00
    When 60.00 is taken out
    And 100.00 is taken out
    Then the balance is 340.00
    And today's withdrawals total 160.00

  Scenario: over the daily limit
    Given the account balance is 1000.00
    When 200.00 is taken out
    And 150.00 is taken out
    Then the machine says "you can only take out 100.00 more today"
    And the balance is 800.00
    When 100.00 is taken out
    Then the balance is 700.00
    And today's withdrawals total 300.00

  Scenario: not enough in the account
    Given the account balance is 85.50
    When 90.00 is taken out
    Then the machine says "not enough money in the account"
    When 80.00 is taken out
    Then the balance is 5.50

  Scenario: odd amounts and a new day
    Given the account balance is 400.00
    When 25.00 is taken out
    Then the machine says "amounts must be in tens"
    When 300.00 is taken out
    And a new day starts
    And 50.00 is taken out
    Then the balance is 50.00
    And today's withdrawals total 50.00
