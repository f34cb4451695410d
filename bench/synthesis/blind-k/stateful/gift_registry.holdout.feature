Feature: Wedding gift registry
  The couple list each gift with how many they would like. Guests buy one or more at a
  time. A gift shows "N of M bought" until all are bought, then "all bought". Buying
  more than are still wanted is refused with "only N left to buy", buying a gift that is
  all bought is refused with "already fully bought", and buying something that is not
  listed is refused with "not on the registry".

  Scenario: dinner plates
    Given the registry wants 8 "dinner plates"
    When "Fay" buys 3 "dinner plates"
    And "Gus" buys 6 "dinner plates"
    Then the purchase is refused with "only 5 left to buy"
    When "Gus" buys 5 "dinner plates"
    Then the registry shows "all bought" for "dinner plates"
    When "Hal" buys 1 "dinner plates"
    Then the purchase is refused with "already fully bought"

  Scenario: candles and a kettle
    Given the registry wants 3 "candles"
    And the registry wants 1 "kettle"
    When "Ivy" buys 1 "kettle"
    And "Jon" buys 1 "blender"
    Then the purchase is refused with "not on the registry"
    And the registry shows "0 of 3 bought" for "candles"
    When "Jon" buys 2 "candles"
    Then the registry shows "2 of 3 bought" for "candles"
    And the registry shows "all bought" for "kettle"
