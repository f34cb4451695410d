Feature: Bin collection calendar
  Glass is collected in weeks whose number divides by 3.
  In the other weeks, paper goes out when the week number is even and general waste when it is odd.

  Scenario Outline: which bin goes out
    Given it is week <week> of the year
    When the collection calendar is checked
    Then the <bin> bin goes out

    Examples:
      | week | bin     |
      | 1    | general |
      | 2    | paper   |
      | 3    | glass   |
      | 4    | paper   |
      | 5    | general |
      | 6    | glass   |
      | 7    | general |
      | 10   | paper   |
      | 12   | glass   |
