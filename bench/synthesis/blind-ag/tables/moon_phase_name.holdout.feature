Feature: Moon phase for the planting calendar
  Day 0 of the moon's cycle is the new moon, day 7 the first quarter, day 15 the full
  moon, and day 22 the last quarter. Days 1 to 6 are a waxing crescent, 8 to 14 a waxing
  gibbous, 16 to 21 a waning gibbous, and 23 to 29 a waning crescent.

  Scenario Outline: naming the phase
    Given the moon is on day <day> of its cycle
    When the phase is named
    Then the phase is "<phase>"

    Examples:
      | day | phase           |
      | 3   | waxing crescent |
      | 14  | waxing gibbous  |
      | 21  | waning gibbous  |
      | 23  | waning crescent |
      | 11  | waxing gibbous  |
      | 26  | waning crescent |
