Feature: Cash back at the till
  Customers can ask for cash back when they buy something, up to 100.00 in one transaction.
  The cash back is added to what they pay.

  Scenario: the most in one go
    Given a new transaction at the till
    When an item costing 6.40 is scanned
    And the customer asks for 100.00 cash back
    Then the total to pay is 106.40
    When the customer asks for 20.00 cash back
    Then the till says "cash back is limited to 100.00"

  Scenario: a fresh transaction after paying
    Given a new transaction at the till
    When an item costing 3.00 is scanned
    And the customer pays
    And an item costing 1.10 is scanned
    And the customer asks for 25.00 cash back
    And the customer asks for 25.00 cash back
    Then the cash back is 50.00
    And the total to pay is 51.10

  Scenario: a penny too much
    Given a new transaction at the till
    When an item costing 9.99 is scanned
    And the customer asks for 100.01 cash back
    Then the till says "cash back is limited to 100.00"
    When the customer asks for 30.00 cash back
    And the cash back is cancelled
    And the customer asks for 80.00 cash back
    Then the cash back is 80.00
    And the total to pay is 89.99
