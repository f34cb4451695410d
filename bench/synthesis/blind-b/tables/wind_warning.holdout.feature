Feature: Wind warnings

  Scenario Outline: ordinary days
    Given a forecast gust speed of <speed> km/h
    When the warning level is set
    Then the warning level is <level>

    Examples:
      | speed | level  |
      | 30    | none   |
      | 61    | yellow |

  Scenario Outline: stormy days
    Given a forecast gust speed of <speed> km/h
    When the warning level is set
    Then the warning level is <level>

    Examples:
      | speed | level  |
      | 83    | orange |
      | 118   | red    |
