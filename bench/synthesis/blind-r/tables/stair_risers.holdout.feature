Feature: Stair risers
  No riser on a flight may be taller than 220 mm. The joiner uses the fewest steps that
  keep every riser at 220 mm or less and shares the total rise equally between them,
  rounded to the nearest mm.

  Scenario Outline: setting out a flight
    Given a total rise of <rise> mm
    When the stairs are set out
    Then the number of steps is <steps>
    And each riser is <riser> mm

    Examples:
      | rise | steps | riser |
      | 1000 | 5     | 200   |
      | 1760 | 8     | 220   |
      | 1761 | 9     | 196   |
      | 2950 | 14    | 211   |
      | 3300 | 15    | 220   |
      | 440  | 2     | 220   |
