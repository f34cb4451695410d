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
      | 0        | 45     | undercharged | 45    |
      | 120      | 60     | overcharged  | 60    |
      | 3000     | 2999   | overcharged  | 1     |
      | 7777     | 8888   | undercharged | 1111  |
      | 50400    | 49000  | overcharged  | 1400  |
      | 98765    | 98765  | spot on      | 0     |
