Feature: UV index advice
  The weather app turns the UV index into a level. 0 to 2 is "low", 3 to 5
  is "moderate", 6 and 7 are "high", 8 to 10 are "very high" and 11 or more is
  "extreme". The sunscreen reminder is shown from "moderate" upwards.

  Scenario Outline: advice for the day
    Given the UV index is <uv>
    When the daily advice is shown
    Then the level is "<level>"
    And the sunscreen reminder is <reminder>

    Examples:
      | uv | level     | reminder |
      | 1  | low       | no       |
      | 4  | moderate  | yes      |
      | 9  | very high | yes      |
      | 12 | extreme   | yes      |
      | 14 | extreme   | yes      |
