@cart
Feature: Shopping cart
  A shopper collects items before paying.
  The cart keeps a running total.

  Background:
    Given an empty cart

  Scenario: Adding one item
    When the shopper adds 2 "apple" at 0.50 each
    Then the cart total is 1.00

  @pricing
  Scenario Outline: Totals of several items
    When the shopper adds <count> "<item>" at <price> each
    Then the cart total is <total>

    Examples: fruit
      | count | item   | price | total |
      | 1     | pear   | 0.80  | 0.80  |
      | 3     | banana | 0.25  | 0.75  |
      | 2     | mango  | 1.50  | 9.99  |

  Rule: Large orders get a discount

    Scenario: Ten percent off above one hundred
      When the shopper adds these items:
        | item    | count | price |
        | chair   | 2     | 40.00 |
        | table   | 1     | 80.00 |
      Then the cart total is 144.00
