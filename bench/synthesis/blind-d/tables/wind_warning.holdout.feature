Feature: Wind warnings

  Scenario Outline: the warning level for a wind speed
    Given a wind speed of <speed> km/h
    When the wind is classified
    Then the wind warning is "<warning>"

    Examples:
      | speed | warning |
      | 12    | none    |
      | 27    | yellow  |
      | 48    | yellow  |
      | 64    | orange  |
      | 81    | red     |
      | 95    | red     |
