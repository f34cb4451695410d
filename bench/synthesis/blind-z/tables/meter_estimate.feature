Feature: Meter reading against the estimate
  When we send in a real gas meter reading, the account compares it with the estimate on the
  last bill. A real reading below the estimate means we were overcharged, one above it means we
  were undercharged, and the difference is shown in units.

  Scenario Outline: sending in a reading
    Given the last bill estimated the meter at <estimate>
    And the meter actually reads <actual>
    When the reading is submitted
    Then the bill was "<verdict>"
    And the difference in units is <units>

    Examples:
      | estimate | actual | verdict      | units |
      | 4512     | 4480   | overcharged  | 32    |
      | 4512     | 4600   | undercharged | 88    |
      | 4512     | 4512   | spot on      | 0     |
      | 10230    | 10229  | overcharged  | 1     |
      | 10230    | 10231  | undercharged | 1     |
      | 8000     | 7350   | overcharged  | 650   |
      | 965      | 1204   | undercharged | 239   |
      | 22100    | 22100  | spot on      | 0     |
      | 15000    | 16875  | undercharged | 1875  |
