Feature: School trip payments
  The trip costs 45.00 for each child and parents can pay in parts. A payment
  that is more than what is still owed is refused with "that is more than
  <name> owes (<amount>)", and a payment for a child who is not going with
  "<name> is not going on the trip".

  Scenario: small payments and a big one
    Given Dev is going on the trip
    And Eve is going on the trip
    When Dev's parents pay 12.25
    And Dev's parents pay 12.25
    Then the list shows "Dev: owes 20.50"
    When Eve's parents pay 50.00
    Then the payment is refused with "that is more than Eve owes (45.00)"
    And the class still owes 65.50

  Scenario: already paid
    Given Fay is going on the trip
    When Fay's parents pay 45.00
    And Fay's parents pay 5.00
    Then the payment is refused with "that is more than Fay owes (0.00)"
    And the list shows "Fay: paid"
    When Gus's parents pay 45.00
    Then the payment is refused with "Gus is not going on the trip"
