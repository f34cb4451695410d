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
      | 0  | low       | no       |
      | 2  | low       | no       |
      | 3  | moderate  | yes      |
      | 5  | moderate  | yes      |
      | 6  | high      | yes      |
      | 7  | high      | yes      |
      | 8  | very high | yes      |
      | 10 | very high | yes      |
      | 11 | extreme   | yes      |
