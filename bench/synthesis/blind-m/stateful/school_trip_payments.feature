Feature: School trip payments
  The trip costs 45.00 for each child and parents can pay in parts. A payment
  that is more than what is still owed is refused with "that is more than
  <name> owes (<amount>)", and a payment for a child who is not going with
  "<name> is not going on the trip".

  Scenario: a first payment
    Given Ana is going on the trip
    When Ana's parents pay 20.00
    Then the list shows "Ana: owes 25.00"

  Scenario: two children
    Given Ana is going on the trip
    And Ben is going on the trip
    When Ana's parents pay 45.00
    And Ben's parents pay 10.50
    Then the list shows "Ana: paid"
    And the list shows "Ben: owes 34.50"
    And the class still owes 34.50

  Scenario: paying too much
    Given Ana is going on the trip
    When Ana's parents pay 30.00
    And Ana's parents pay 20.00
    Then the payment is refused with "that is more than Ana owes (15.00)"
    And the list shows "Ana: owes 15.00"
    When Ana's parents pay 15.00
    Then the list shows "Ana: paid"

  Scenario: a child who is not going
    Given Ben is going on the trip
    When Ben's parents pay 0.01
    And Cal's parents pay 10.00
    Then the payment is refused with "Cal is not going on the trip"
    And the class still owes 44.99

  Scenario: a whole group
    Given Ana is going on the trip
    And Ben is going on the trip
    And Cal is going on the trip
    Then the class still owes 135.00
    When Cal's parents pay 45.00
    And Ben's parents pay 22.50
    And Ben's parents pay 22.50
    Then the class still owes 45.00
    And the list shows "Ben: paid"
