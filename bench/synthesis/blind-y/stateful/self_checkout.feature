Feature: Self-checkout
  Each scanned item has to go in the bagging area before anything else can be scanned or
  paid. An assistant can take an item off the bill. Payment can be made in parts, and any
  change is given once the bill is covered.

  Scenario: two items
    Given a new shop at the self-checkout
    When "Bread" is scanned at 1.40
    And the item is bagged
    And "Milk" is scanned at 1.15
    And the item is bagged
    Then the total is 2.55

  Scenario: bagging first
    Given a new shop at the self-checkout
    When "Eggs" is scanned at 2.30
    And "Tea" is scanned at 3.10
    Then the screen says "please place the item in the bagging area"
    And the total is 2.30
    When the item is bagged
    And "Tea" is scanned at 3.10
    Then the total is 5.40

  Scenario: taking an item off
    Given a new shop at the self-checkout
    When "Cheese" is scanned at 3.75
    And the item is bagged
    And "Apples" is scanned at 2.00
    And the item is bagged
    And "Cheese" is taken off the bill
    Then the total is 2.00
    When "Cheese" is taken off the bill
    Then the screen says "there is no Cheese on the bill"

  Scenario: paying in two parts
    Given a new shop at the self-checkout
    When "Pasta" is scanned at 0.95
    And the item is bagged
    And "Sauce" is scanned at 2.40
    And the item is bagged
    And the customer puts in 2.00
    Then 1.35 is still to pay
    When the customer puts in 5.00
    Then the change is 3.65

  Scenario: paying before bagging
    Given a new shop at the self-checkout
    When "Rice" is scanned at 1.80
    And the customer puts in 2.00
    Then the screen says "please place the item in the bagging area"
    When the item is bagged
    And the customer puts in 2.00
    Then the change is 0.20
