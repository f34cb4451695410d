Feature: Sailing club wind flag
  Green flag under 15 knots, yellow from 15 to 24 knots, red at 25 knots or more.

  Scenario Outline: which flag goes up on the clubhouse
    Given the wind is blowing at <knots> knots
    When the harbour master checks the wind
    Then the <flag> flag is raised

    Examples:
      | knots | flag   |
      | 0     | green  |
      | 10    | green  |
      | 16    | yellow |
      | 24    | yellow |
      | 60    | red    |
