Feature: Coffee grinder bean hopper

  Scenario: grinding coffee
    Given the hopper holds 200 g of beans
    When a single espresso is ground
    Then the hopper holds 182 g of beans
    When a double espresso is ground
    And a double espresso is ground
    Then the hopper holds 110 g of beans

  Scenario: pouring in beans
    Given the hopper holds 100 g of beans
    When 250 g of beans are poured in
    Then the hopper holds 350 g of beans
    When 150 g of beans are poured in
    Then the hopper holds 500 g of beans

  Scenario: too many beans to pour
    Given the hopper holds 420 g of beans
    When 100 g of beans are poured in
    Then the pour is refused with "room for only 80 g more"
    And the hopper holds 420 g of beans
    When 80 g of beans are poured in
    Then the hopper holds 500 g of beans

  Scenario: running low
    Given the hopper holds 40 g of beans
    When a double espresso is ground
    Then the hopper holds 4 g of beans
    When a single espresso is ground
    Then the grinder refuses with "only 4 g of beans left"
    When 26 g of beans are poured in
    And a double espresso is ground
    Then the grinder refuses with "only 30 g of beans left"
    When a single espresso is ground
    Then the hopper holds 12 g of beans

  Scenario: an empty hopper
    Given the hopper holds 36 g of beans
    When a double espresso is ground
    Then the hopper holds 0 g of beans
    When a single espresso is ground
    Then the grinder refuses with "the hopper is empty"
    When 250 g of beans are poured in
    And 300 g of beans are poured in
    Then the pour is refused with "room for only 250 g more"
    And the hopper holds 250 g of beans
