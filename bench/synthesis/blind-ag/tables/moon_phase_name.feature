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
      | 0   | new moon        |
      | 1   | waxing crescent |
      | 6   | waxing crescent |
      | 7   | first quarter   |
      | 8   | waxing gibbous  |
      | 15  | full moon       |
      | 16  | waning gibbous  |
      | 22  | last quarter    |
      | 29  | waning crescent |
