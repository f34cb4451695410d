Feature: Fruit bowl
  The bowl on the kitchen table holds at most 12 pieces of fruit in all.

  Scenario: a full bowl after shopping
    Given the bowl has 6 plums, 2 pears and 3 bananas
    When 3 bananas are eaten
    And 4 plums are bought
    Then the bowl has 10 plums
    When 2 pears are eaten
    Then the bowl has 0 pears

  Scenario: two refusals in a row
    Given the bowl has 3 plums, 3 pears and 3 bananas
    When 4 bananas are bought
    Then that is refused with "the bowl only has room for 3 more"
    When 5 plums are eaten
    Then that is refused with "only 3 plums left"

  Scenario: no plums to start with
    Given the bowl has 0 plums, 4 pears and 2 bananas
    When 2 plums are eaten
    Then that is refused with "there are no plums left"
    When 2 bananas are eaten
    And 6 plums are bought
    Then the bowl has 6 plums
    And the bowl has 0 bananas
