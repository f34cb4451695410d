Feature: Franking machine
  Letters are franked from the machine's credit: 0.95 each first class, 0.75 each second
  class.

  Scenario: running low in the afternoon
    Given the franking machine has 12.00 of credit
    When 5 letters are franked first class
    And 8 letters are franked second class
    And 2 letters are franked first class
    Then the machine shows "only 1.25 of credit left"
    And the credit is 1.25
    And the day's letter count is 13

  Scenario: a top-up a penny short
    Given the franking machine has 1.00 of credit
    When the machine is topped up with 9.99
    Then the machine shows "top-ups start at 10.00"
    When the machine is topped up with 40.00
    And 30 letters are franked second class
    Then the credit is 18.50
    And the day's letter count is 30

  Scenario: exactly used up, then short
    Given the franking machine has 9.50 of credit
    When 10 letters are franked first class
    And the machine is topped up with 10.00
    And 14 letters are franked second class
    Then the machine shows "only 10.00 of credit left"
    And the day's letter count is 10
