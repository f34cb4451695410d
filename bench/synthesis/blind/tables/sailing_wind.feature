Feature: Sailing club wind flag
  Green flag under 15 knots, yellow from 15 to 24 knots, red at 25 knots or more.

  Scenario Outline: which flag goes up on the clubhouse
    Given the wind is blowing at <knots> knots
    When the harbour master checks the wind
    Then the <flag> flag is raised

    Examples:
      | knots | flag   |
      | 6     | green  |
      | 14    | green  |
      | 15    | yellow |
      | 22    | yellow |
      | 25    | red    |
      | 31    | red    |
