Feature: Wind warnings

  Scenario Outline: ordinary days
    Given a forecast gust speed of <speed> km/h
    When the warning level is set
    Then the warning level is <level>

    Examples:
      | speed | level  |
      | 12    | none   |
      | 49    | none   |
      | 50    | yellow |
      | 74    | yellow |

  Scenario Outline: stormy days
    Given a forecast gust speed of <speed> km/h
    When the warning level is set
    Then the warning level is <level>

    Examples:
      | speed | level  |
      | 75    | orange |
      | 99    | orange |
      | 100   | red    |
      | 140   | red    |
