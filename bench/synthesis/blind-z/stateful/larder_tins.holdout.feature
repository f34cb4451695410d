Feature: Larder tins
  We keep a count of the tins in the larder by kind. Tins are put away when the shopping comes in
  and taken out one at a time as they are used. Any kind down to its last tin or none goes on the
  shopping list, in alphabetical order.

  Scenario: rice pudding comes and goes
    Given the larder is empty
    When 2 tins of "rice pudding" are put away
    And a tin of "rice pudding" is used
    Then the count for "rice pudding" is 1
    And the shopping list reads "rice pudding"
    When 3 tins of "rice pudding" are put away
    Then the count for "rice pudding" is 4

  Scenario: too much sweetcorn eaten
    Given the count for "sweetcorn" is 2
    And the count for "anchovies" is 4
    When a tin of "sweetcorn" is used
    And a tin of "sweetcorn" is used
    And a tin of "sweetcorn" is used
    Then the larder says "we have run out of sweetcorn"
    When a tin of "lentils" is used
    Then the larder says "we have never had lentils"
    And the shopping list reads "sweetcorn"

  Scenario: pears come off the list
    Given the count for "tomato soup" is 0
    And the count for "pears" is 1
    And the count for "mackerel" is 6
    When a tin of "mackerel" is used
    Then the shopping list reads "pears, tomato soup"
    When 5 tins of "pears" are put away
    Then the shopping list reads "tomato soup"
    And the count for "pears" is 6
