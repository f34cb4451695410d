Feature: Prepayment electricity meter
  Electricity used comes off the credit, and the meter refuses any use that would take the
  credit below zero. When the credit is below 5.00 the emergency credit can be switched on,
  which lets the credit go down to -10.00. A top-up that brings the credit back to zero or more
  switches the emergency credit off again.

  Scenario: a long weekend
    Given the credit is 10.00
    When the household uses 7.25
    And the emergency credit is switched on
    And the household uses 11.00
    Then the credit is -8.25
    When the meter is topped up with 30.00
    Then the credit is 21.75

  Scenario: two refusals
    Given the credit is 8.00
    When the emergency credit is switched on
    Then the meter refuses with "emergency credit not needed"
    When the household uses 8.50
    Then the meter refuses with "not enough credit"
    And the credit is 8.00

  Scenario: a small top-up while in debt
    Given the credit is 0.50
    When the emergency credit is switched on
    And the household uses 9.00
    And the meter is topped up with 3.00
    And the household uses 4.50
    Then the credit is -10.00
    When the household uses 0.01
    Then the meter refuses with "not enough credit"
