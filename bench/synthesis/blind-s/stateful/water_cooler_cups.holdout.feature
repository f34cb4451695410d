Feature: Water cooler cups

  Scenario: a busy morning
    Given the cup tube holds 15 cups
    When 7 cups are taken
    And a sleeve of 30 cups is loaded
    And 4 cups are taken
    Then the cup count is 34

  Scenario: topping up to the brim
    Given the cup tube holds 36 cups
    When a sleeve of 20 cups is loaded
    Then the tube refuses with "there is only room for 4 more cups"
    When 10 cups are taken
    And a sleeve of 14 cups is loaded
    Then the cup count is 40

  Scenario: the last few cups
    Given the cup tube holds 3 cups
    When 5 cups are taken
    Then the tube refuses with "only 3 cups left"
    When 3 cups are taken
    And 2 cups are taken
    Then the tube refuses with "the tube is empty"
    When a sleeve of 25 cups is loaded
    Then the cup count is 25
