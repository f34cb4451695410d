Feature: Fruit bowl
  The bowl on the kitchen table holds at most 12 pieces of fruit in all.

  Scenario: eating some and buying some
    Given the bowl has 4 plums, 3 pears and 2 bananas
    When 2 plums are eaten
    And 3 bananas are bought
    Then the bowl has 2 plums
    And the bowl has 5 bananas

  Scenario: eating more pears than there are
    Given the bowl has 2 plums, 2 pears and 5 bananas
    When 3 pears are eaten
    Then that is refused with "only 2 pears left"
    And the bowl has 2 pears
    When 2 pears are eaten
    And 2 pears are eaten
    Then that is refused with "there are no pears left"

  Scenario: no room in the bowl
    Given the bowl has 4 plums, 3 pears and 3 bananas
    When 4 pears are bought
    Then that is refused with "the bowl only has room for 2 more"
    When 2 pears are bought
    Then the bowl has 5 pears
    When 2 bananas are eaten
    And 2 plums are bought
    Then the bowl has 6 plums

  Scenario: filling the bowl to the top
    Given the bowl has 3 plums, 6 pears and 0 bananas
    When 3 plums are eaten
    And 5 bananas are bought
    And 4 pears are eaten
    And 2 plums are eaten
    Then that is refused with "there are no plums left"
    When 4 plums are bought
    Then the bowl has 4 plums
    And the bowl has 2 pears
    When 3 bananas are bought
    Then that is refused with "the bowl only has room for 1 more"

  Scenario: eating more plums than there are
    Given the bowl has 5 plums, 2 pears and 4 bananas
    When 3 bananas are eaten
    And 3 pears are bought
    And 7 plums are eaten
    Then that is refused with "only 5 plums left"
    And the bowl has 5 pears
    And the bowl has 5 plums
