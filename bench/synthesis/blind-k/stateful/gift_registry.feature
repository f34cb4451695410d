Feature: Wedding gift registry
  The couple list each gift with how many they would like. Guests buy one or more at a
  time. A gift shows "N of M bought" until all are bought, then "all bought". Buying
  more than are still wanted is refused with "only N left to buy", buying a gift that is
  all bought is refused with "already fully bought", and buying something that is not
  listed is refused with "not on the registry".

  Scenario: a first purchase
    Given the registry wants 6 "wine glasses"
    When "Maria" buys 2 "wine glasses"
    Then the registry shows "2 of 6 bought" for "wine glasses"

  Scenario: a single gift
    Given the registry wants 1 "toaster"
    When "Tom" buys 1 "toaster"
    Then the registry shows "all bought" for "toaster"
    When "Ana" buys 1 "toaster"
    Then the purchase is refused with "already fully bought"

  Scenario: too many at once
    Given the registry wants 4 "tea towels"
    When "Ana" buys 3 "tea towels"
    And "Ben" buys 2 "tea towels"
    Then the purchase is refused with "only 1 left to buy"
    And the registry shows "3 of 4 bought" for "tea towels"
    When "Ben" buys 1 "tea towels"
    Then the registry shows "all bought" for "tea towels"

  Scenario: not on the list
    Given the registry wants 2 "cushions"
    When "Cara" buys 1 "vase"
    Then the purchase is refused with "not on the registry"
    And the registry shows "0 of 2 bought" for "cushions"

  Scenario: two gifts
    Given the registry wants 12 "napkins"
    And the registry wants 2 "lamps"
    When "Dev" buys 5 "napkins"
    And "Eli" buys 2 "lamps"
    Then the registry shows "5 of 12 bought" for "napkins"
    And the registry shows "all bought" for "lamps"
