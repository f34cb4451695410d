Feature: Curtain fabric
  Curtains are made twice as wide as the rail. The fabric is 140 cm wide, so we need
  enough whole widths to cover that. Each width is cut to the drop plus 25 cm for
  hems, and the fabric is bought to the next 10 cm up.

  Scenario Outline: ordering fabric for a window
    Given the curtain rail is <rail> cm long
    And the curtains should drop <drop> cm
    When the fabric is worked out
    Then the fabric widths needed come to <widths>
    And the metres of fabric to buy are <metres>

    Examples:
      | rail | drop | widths | metres |
      | 50   | 60   | 1      | 0.9    |
      | 300  | 250  | 5      | 13.8   |
      | 350  | 200  | 5      | 11.3   |
      | 120  | 100  | 2      | 2.5    |
      | 212  | 140  | 4      | 6.6    |
      | 420  | 275  | 6      | 18.0   |
