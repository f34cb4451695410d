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
      | 100  | 137  | 2      | 3.3    |
      | 140  | 137  | 2      | 3.3    |
      | 141  | 137  | 3      | 4.9    |
      | 210  | 228  | 3      | 7.6    |
      | 211  | 228  | 4      | 10.2   |
      | 70   | 90   | 1      | 1.2    |
      | 71   | 90   | 2      | 2.3    |
      | 280  | 175  | 4      | 8.0    |
      | 160  | 115  | 3      | 4.2    |
