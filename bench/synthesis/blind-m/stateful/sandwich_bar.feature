Feature: Sandwich bar order
  Orders are priced from the menu. An order of 20.00 or more gets 10% off the
  whole order, rounded to the nearest cent. Asking for something that is not
  on the menu is refused with "we do not sell <item>", and taking off an item
  that is not in the order with "there is no <item> in the order".

  Background:
    Given the menu:
      | item           | price |
      | ham sandwich   | 4.50  |
      | cheese toastie | 5.25  |
      | tomato soup    | 3.80  |
      | coffee         | 2.50  |
      | brownie        | 2.00  |

  Scenario: a simple lunch
    When the customer adds 1 "ham sandwich"
    And the customer adds 1 "coffee"
    Then the order has 2 items
    And the total is 7.00

  Scenario: a big order gets the discount
    When the customer adds 2 "cheese toastie"
    And the customer adds 2 "tomato soup"
    Then the total is 18.10
    When the customer adds 1 "coffee"
    Then the order has 5 items
    And the total is 18.54

  Scenario: something not on the menu
    When the customer adds 1 "tea"
    Then the request is refused with "we do not sell tea"
    And the order has 0 items
    And the total is 0.00
    When the customer adds 1 "brownie"
    Then the order has 1 item
    And the total is 2.00

  Scenario: a change of mind
    When the customer adds 3 "brownie"
    And the customer removes 1 "brownie"
    Then the order has 2 items
    And the total is 4.00
    When the customer removes 1 "coffee"
    Then the request is refused with "there is no coffee in the order"

  Scenario: just on the discount and back under it
    When the customer adds 4 "ham sandwich"
    And the customer adds 1 "brownie"
    Then the total is 18.00
    When the customer removes 1 "brownie"
    Then the order has 4 items
    And the total is 18.00
