Feature: Cash machine
  The machine pays out 10 and 20 notes, so amounts must be in tens. A card can take
  out at most 300.00 a day.

  Scenario: using up the day's limit
    Given the account balance is 2000.00
    When 120.00 is taken out
    And 200.00 is taken out
    Then the machine says "you can only take out 180.00 more today"
    When 180.00 is taken out
    Then the balance is 1700.00
    And today's withdrawals total 300.00

  Scenario: a small balance
    Given the account balance is 45.20
    When 40.00 is taken out
    Then the balance is 5.20
    When 10.00 is taken out
    Then the machine says "not enough money in the account"
    When a new day starts
    Then today's withdrawals total 0.00

  Scenario: two days running
    Given the account balance is 600.00
    When 75.00 is taken out
    Then the machine says "amounts must be in tens"
    When 250.00 is taken out
    And a new day starts
    And 300.00 is taken out
    Then the balance is 50.00
    And today's withdrawals total 300.00
