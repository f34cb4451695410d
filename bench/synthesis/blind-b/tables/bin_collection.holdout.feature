Feature: Bin collection calendar
  Glass is collected in weeks whose number divides by 3.
  In the other weeks, paper goes out when the week number is even and general waste when it is odd.

  Scenario Outline: which bin goes out
    Given it is week <week> of the year
    When the collection calendar is checked
    Then the <bin> bin goes out

    Examples:
      | week | bin     |
      | 8    | paper   |
      | 9    | glass   |
      | 11   | general |
      | 18   | glass   |
      | 25   | general |
      | 52   | paper   |
