Feature: Self-checkout
  Each scanned item has to go in the bagging area before anything else can be scanned or
  paid. An assistant can take an item off the bill. Payment can be made in parts, and any
  change is given once the bill is covered.

  Scenario: three items and a note
    Given a new shop at the self-checkout
    When "Soup" is scanned at 1.20
    And the item is bagged
    And "Rolls" is scanned at 0.85
    And "Butter" is scanned at 2.10
    Then the screen says "please place the item in the bagging area"
    When the item is bagged
    And "Butter" is scanned at 2.10
    And the item is bagged
    Then the total is 4.15
    When the customer puts in 5.00
    Then the change is 0.85

  Scenario: changing your mind about the coffee
    Given a new shop at the self-checkout
    When "Coffee" is scanned at 4.50
    And the item is bagged
    And "Jam" is scanned at 1.60
    And the item is bagged
    And "Coffee" is taken off the bill
    Then the total is 1.60
    When "Honey" is taken off the bill
    Then the screen says "there is no Honey on the bill"
    When the customer puts in 1.00
    Then 0.60 is still to pay

  Scenario: exact money in the end
    Given a new shop at the self-checkout
    When "Flour" is scanned at 1.10
    And the item is bagged
    And "Sugar" is scanned at 0.90
    And the customer puts in 1.00
    Then the screen says "please place the item in the bagging area"
    When the item is bagged
    And the customer puts in 1.00
    Then 1.00 is still to pay
    When the customer puts in 1.00
    Then the change is 0.00
