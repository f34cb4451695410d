Feature: Water cooler cups

  Scenario: taking cups
    Given the cup tube holds 20 cups
    When 3 cups are taken
    And 5 cups are taken
    Then the cup count is 12

  Scenario: loading a sleeve
    Given the cup tube holds 30 cups
    When a sleeve of 25 cups is loaded
    Then the tube refuses with "there is only room for 10 more cups"
    When a sleeve of 10 cups is loaded
    Then the cup count is 40

  Scenario: running out
    Given the cup tube holds 4 cups
    When 6 cups are taken
    Then the tube refuses with "only 4 cups left"
    When 4 cups are taken
    Then the cup count is 0
    When 2 cups are taken
    Then the tube refuses with "the tube is empty"

  Scenario: from empty to nearly full
    Given the cup tube holds 0 cups
    When a sleeve of 25 cups is loaded
    And 2 cups are taken
    And a sleeve of 15 cups is loaded
    Then the cup count is 38
    When a sleeve of 5 cups is loaded
    Then the tube refuses with "there is only room for 2 more cups"
