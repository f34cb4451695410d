Feature: Bake sale basket
  Prices come from the stall's price list and the basket total is the sum of
  the items in it, except that every third cupcake is free. An item that is not
  on the price list is refused with "<item> is not on the price list", and
  removing something that is not in the basket is refused with "there is no
  <item> in the basket".

  Background:
    Given the bake sale price list:
      | item        | price |
      | cupcake     | 1.50  |
      | brownie     | 2.25  |
      | lemon slice | 1.80  |
      | flapjack    | 1.20  |

  Scenario: a few different bakes
    When the customer adds 2 "brownie"
    And the customer adds 1 "lemon slice"
    Then the basket total is 6.30
    And the basket holds 3 items

  Scenario: the cupcake deal
    When the customer adds 3 "cupcake"
    Then the basket total is 3.00
    When the customer adds 1 "cupcake"
    Then the basket total is 4.50
    And the basket holds 4 items

  Scenario: something the stall does not sell
    When the customer adds 1 "scone"
    Then the item is refused with "scone is not on the price list"
    And the basket total is 0.00

  Scenario: changing their mind
    When the customer adds 2 "flapjack"
    And the customer removes 1 "flapjack"
    Then the basket total is 1.20
    And the basket holds 1 item
    When the customer removes 1 "cupcake"
    Then the item is refused with "there is no cupcake in the basket"
    And the basket total is 1.20

  Scenario: a box of six cupcakes and a brownie
    When the customer adds 6 "cupcake"
    Then the basket total is 6.00
    When the customer adds 1 "brownie"
    Then the basket total is 8.25
