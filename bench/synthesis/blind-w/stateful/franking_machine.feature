Feature: Franking machine
  Letters are franked from the machine's credit: 0.95 each first class, 0.75 each second
  class.

  Scenario: a morning's post
    Given the franking machine has 20.00 of credit
    When 4 letters are franked first class
    And 10 letters are franked second class
    Then the credit is 8.70
    And the day's letter count is 14

  Scenario: not enough credit
    Given the franking machine has 5.00 of credit
    When 6 letters are franked first class
    Then the machine shows "only 5.00 of credit left"
    When 6 letters are franked second class
    Then the credit is 0.50
    And the day's letter count is 6

  Scenario: a small top-up
    Given the franking machine has 2.00 of credit
    When the machine is topped up with 5.00
    Then the machine shows "top-ups start at 10.00"
    When the machine is topped up with 10.00
    And 3 letters are franked first class
    Then the credit is 9.15
    And the day's letter count is 3

  Scenario: starting from nothing
    Given the franking machine has 0.00 of credit
    When 2 letters are franked second class
    Then the machine shows "only 0.00 of credit left"
    When the machine is topped up with 25.00
    And 2 letters are franked second class
    And 20 letters are franked first class
    Then the credit is 4.50
    And the day's letter count is 22

  Scenario: using the last penny
    Given the franking machine has 3.00 of credit
    When 4 letters are franked second class
    Then the credit is 0.00
    And the day's letter count is 4
