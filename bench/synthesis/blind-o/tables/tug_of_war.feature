Feature: Tug of war weigh-in

  Scenario Outline: weighing the two teams
    Given the red team weighs <red> kg
    And the blue team weighs <blue> kg
    When the teams line up
    Then the heavier side is "<heavier>"
    And the difference is <difference> kg

    Examples:
      | red | blue | heavier | difference |
      | 420 | 400  | red     | 20         |
      | 401 | 400  | red     | 1          |
      | 380 | 395  | blue    | 15         |
      | 300 | 301  | blue    | 1          |
      | 410 | 410  | neither | 0          |
      | 512 | 498  | red     | 14         |
      | 275 | 350  | blue    | 75         |
      | 600 | 450  | red     | 150        |
      | 333 | 333  | neither | 0          |
