Feature: Prepayment electricity meter
  Electricity used comes off the credit, and the meter refuses any use that would take the
  credit below zero. When the credit is below 5.00 the emergency credit can be switched on,
  which lets the credit go down to -10.00. A top-up that brings the credit back to zero or more
  switches the emergency credit off again.

  Scenario: topping up and using
    Given the credit is 2.00
    When the meter is topped up with 20.00
    And the household uses 4.50
    Then the credit is 17.50

  Scenario: not quite enough
    Given the credit is 3.00
    When the household uses 3.50
    Then the meter refuses with "not enough credit"
    And the credit is 3.00
    When the household uses 3.00
    Then the credit is 0.00

  Scenario: running on emergency credit
    Given the credit is 1.00
    When the emergency credit is switched on
    And the household uses 6.25
    Then the credit is -5.25
    When the household uses 5.00
    Then the meter refuses with "not enough credit"
    When the household uses 4.75
    Then the credit is -10.00
    When the meter is topped up with 5.00
    And the household uses 5.00
    Then the credit is -10.00
    When the meter is topped up with 15.00
    Then the credit is 5.00

  Scenario: a top-up ends the emergency
    Given the credit is 4.99
    When the emergency credit is switched on
    And the household uses 8.00
    Then the credit is -3.01
    When the meter is topped up with 10.00
    And the household uses 7.00
    Then the meter refuses with "not enough credit"
    And the credit is 6.99

  Scenario: emergency credit only when it is low
    Given the credit is 5.00
    When the emergency credit is switched on
    Then the meter refuses with "emergency credit not needed"
    When the household uses 2.40
    And the emergency credit is switched on
    And the household uses 12.60
    Then the credit is -10.00
