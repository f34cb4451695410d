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

  Scenario: a team lunch crosses the line
    When the customer adds 2 "cheese toastie"
    And the customer adds 2 "ham sandwich"
    Then the total is 19.50
    When the customer adds 1 "coffee"
    Then the order has 5 items
    And the total is 19.80

  Scenario: soup and a milkshake
    When the customer adds 1 "tomato soup"
    And the customer adds 1 "milkshake"
    Then the request is refused with "we do not sell milkshake"
    And the order has 1 item
    And the total is 3.80
    When the customer removes 1 "tomato soup"
    Then the order has 0 items
    And the total is 0.00

  Scenario: coffees for the office
    When the customer adds 6 "coffee"
    And the customer adds 1 "ham sandwich"
    Then the total is 19.50
    When the customer adds 1 "brownie"
    Then the order has 8 items
    And the total is 19.35
