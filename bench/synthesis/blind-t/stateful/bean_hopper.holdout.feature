Feature: Coffee grinder bean hopper

  Scenario: down to the last few beans, then a refill
    Given the hopper holds 60 g of beans
    When a double espresso is ground
    And a single espresso is ground
    Then the hopper holds 6 g of beans
    When a double espresso is ground
    Then the grinder refuses with "only 6 g of beans left"
    When 400 g of beans are poured in
    Then the hopper holds 406 g of beans
    When 100 g of beans are poured in
    Then the pour is refused with "room for only 94 g more"

  Scenario: filling an empty hopper to the top
    Given the hopper holds 0 g of beans
    When a single espresso is ground
    Then the grinder refuses with "the hopper is empty"
    When 500 g of beans are poured in
    And a double espresso is ground
    And a double espresso is ground
    And a double espresso is ground
    Then the hopper holds 392 g of beans

  Scenario: one single empties it
    Given the hopper holds 18 g of beans
    When a single espresso is ground
    Then the hopper holds 0 g of beans
    When a double espresso is ground
    Then the grinder refuses with "the hopper is empty"
    When 120 g of beans are poured in
    And a double espresso is ground
    Then the hopper holds 84 g of beans
