Feature: Wind warnings

  Scenario Outline: the warning level for a wind speed
    Given a wind speed of <speed> km/h
    When the wind is classified
    Then the wind warning is "<warning>"

    Examples:
      | speed | warning |
      | 0     | none    |
      | 19    | none    |
      | 20    | yellow  |
      | 35    | yellow  |
      | 49    | yellow  |
      | 50    | orange  |
      | 79    | orange  |
      | 80    | red     |
      | 120   | red     |
