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
      | 220  | 1     | 220   |
      | 222  | 2     | 111   |
      | 1540 | 7     | 220   |
      | 1541 | 8     | 193   |
      | 2500 | 12    | 208   |
      | 2600 | 12    | 217   |
      | 2640 | 12    | 220   |
      | 2641 | 13    | 203   |
      | 2800 | 13    | 215   |
