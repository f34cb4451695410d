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

  Scenario: five cupcakes and a lemon slice
    When the customer adds 5 "cupcake"
    Then the basket total is 6.00
    When the customer adds 1 "lemon slice"
    Then the basket total is 7.80
    And the basket holds 6 items

  Scenario: a cake that is not baked today
    When the customer adds 1 "carrot cake"
    Then the item is refused with "carrot cake is not on the price list"
    When the customer adds 3 "flapjack"
    Then the basket total is 3.60
    When the customer removes 2 "flapjack"
    Then the basket total is 1.20
    When the customer removes 1 "brownie"
    Then the item is refused with "there is no brownie in the basket"
    And the basket holds 1 item

  Scenario: putting a cupcake back
    When the customer adds 3 "cupcake"
    And the customer adds 1 "brownie"
    And the customer removes 1 "cupcake"
    Then the basket total is 5.25
    And the basket holds 3 items
