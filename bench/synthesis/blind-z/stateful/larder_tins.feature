Feature: Larder tins
  We keep a count of the tins in the larder by kind. Tins are put away when the shopping comes in
  and taken out one at a time as they are used. Any kind down to its last tin or none goes on the
  shopping list, in alphabetical order.

  Scenario: putting the shopping away
    Given the larder is empty
    When 4 tins of "chopped tomatoes" are put away
    And 2 tins of "baked beans" are put away
    Then the count for "chopped tomatoes" is 4
    And the count for "baked beans" is 2

  Scenario: the soup runs low
    Given the count for "soup" is 3
    When a tin of "soup" is used
    And a tin of "soup" is used
    Then the count for "soup" is 1
    And the shopping list reads "soup"

  Scenario: the soup runs out
    Given the count for "soup" is 1
    When a tin of "soup" is used
    Then the count for "soup" is 0
    When a tin of "soup" is used
    Then the larder says "we have run out of soup"
    When 6 tins of "soup" are put away
    Then the count for "soup" is 6

  Scenario: something we never buy
    Given the count for "peaches" is 2
    When a tin of "chickpeas" is used
    Then the larder says "we have never had chickpeas"
    When 3 tins of "peaches" are put away
    Then the count for "peaches" is 5

  Scenario: writing the shopping list
    Given the count for "baked beans" is 1
    And the count for "soup" is 5
    And the count for "custard" is 0
    When a tin of "soup" is used
    Then the count for "soup" is 4
    And the shopping list reads "baked beans, custard"
