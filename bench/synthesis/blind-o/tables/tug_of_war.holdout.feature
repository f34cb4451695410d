Feature: Tug of war weigh-in

  Scenario Outline: weighing the two teams
    Given the red team weighs <red> kg
    And the blue team weighs <blue> kg
    When the teams line up
    Then the heavier side is "<heavier>"
    And the difference is <difference> kg

    Examples:
      | red | blue | heavier | difference |
      | 450 | 470  | blue    | 20         |
      | 390 | 388  | red     | 2          |
      | 500 | 500  | neither | 0          |
      | 280 | 400  | blue    | 120        |
      | 615 | 590  | red     | 25         |
      | 299 | 300  | blue    | 1          |
