Feature: Wind in the weather forecast

  Scenario Outline: describing the wind
    Given a wind speed of <speed> km/h
    When the forecast is written
    Then the wind is described as "<label>"

    Examples:
      | speed | label  |
      | 0     | calm   |
      | 8     | calm   |
      | 19    | calm   |
      | 20    | breezy |
      | 39    | breezy |
      | 40    | strong |
      | 61    | strong |
      | 62    | gale   |
      | 120   | gale   |
