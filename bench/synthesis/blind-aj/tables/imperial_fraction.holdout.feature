Feature: Inch sizes for the workshop
  The old drawings give sizes in millimetres, but the workshop wants inches to
  the nearest sixteenth (25.4 mm to the inch). Whole inches come first, then the
  fraction in its lowest terms, so 8/16 is written 1/2.

  Scenario Outline: converting a size to inches
    Given a size of <mm> mm
    When the size is given in inches
    Then it reads "<inches>"

    Examples:
      | mm    | inches   |
      | 6.5   | 1/4 in   |
      | 1.6   | 1/16 in  |
      | 76.2  | 3 in     |
      | 22.2  | 7/8 in   |
      | 60.0  | 2 3/8 in |
      | 215.9 | 8 1/2 in |
