Feature: Inch sizes for the workshop
  The old drawings give sizes in millimetres, but the workshop wants inches to
  the nearest sixteenth (25.4 mm to the inch). Whole inches come first, then the
  fraction in its lowest terms, so 8/16 is written 1/2.

  Scenario Outline: converting a size to inches
    Given a size of <mm> mm
    When the size is given in inches
    Then it reads "<inches>"

    Examples:
      | mm    | inches     |
      | 25.4  | 1 in       |
      | 12.7  | 1/2 in     |
      | 3.0   | 1/8 in     |
      | 34.9  | 1 3/8 in   |
      | 100.0 | 3 15/16 in |
      | 19.0  | 3/4 in     |
      | 51.0  | 2 in       |
      | 41.0  | 1 5/8 in   |
      | 155.0 | 6 1/8 in   |
