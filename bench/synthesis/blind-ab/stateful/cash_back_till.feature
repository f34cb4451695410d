Feature: Cash back at the till
  Customers can ask for cash back when they buy something, up to 100.00 in one transaction.
  The cash back is added to what they pay.

  Scenario: cash back with a small shop
    Given a new transaction at the till
    When an item costing 4.20 is scanned
    And the customer asks for 20.00 cash back
    Then the total to pay is 24.20
    And the cash back is 20.00

  Scenario: asking twice up to the limit
    Given a new transaction at the till
    When an item costing 12.99 is scanned
    And the customer asks for 60.00 cash back
    And the customer asks for 40.00 cash back
    Then the cash back is 100.00
    When the customer asks for 10.00 cash back
    Then the till says "cash back is limited to 100.00"
    And the cash back is 100.00
    And the total to pay is 112.99

  Scenario: nothing bought yet
    Given a new transaction at the till
    When the customer asks for 10.00 cash back
    Then the till says "scan something before cash back"
    When an item costing 0.89 is scanned
    And the customer asks for 10.00 cash back
    Then the total to pay is 10.89

  Scenario: changing their mind
    Given a new transaction at the till
    When an item costing 2.50 is scanned
    And an item costing 1.75 is scanned
    And the customer asks for 150.00 cash back
    Then the till says "cash back is limited to 100.00"
    When the customer asks for 50.00 cash back
    And the cash back is cancelled
    Then the cash back is 0.00
    And the total to pay is 4.25

  Scenario: the next customer
    Given a new transaction at the till
    When an item costing 8.00 is scanned
    And the customer asks for 30.00 cash back
    And the customer pays
    Then the total to pay is 0.00
    When the customer asks for 5.00 cash back
    Then the till says "scan something before cash back"
