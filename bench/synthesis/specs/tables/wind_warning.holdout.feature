Feature: Wind warnings
  The wind is calm below 20 km/h, breezy from 20, a gale from 50 and a storm from 89 km/h upwards.

  Scenario Outline: labelling the wind speed
    Given the wind blows at <speed> km/h
    When the forecaster labels the wind
    Then the wind is labelled <label>

    Examples:
      | speed | label  |
      | 0     | calm   |
      | 21    | breezy |
      | 49    | breezy |
      | 63    | gale   |
      | 200   | storm  |
