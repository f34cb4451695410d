Feature: Wind in the weather forecast

  Scenario Outline: describing the wind
    Given a wind speed of <speed> km/h
    When the forecast is written
    Then the wind is described as "<label>"

    Examples:
      | speed | label  |
      | 5     | calm   |
      | 27    | breezy |
      | 50    | strong |
      | 75    | gale   |
      | 33    | breezy |
      | 58    | strong |
