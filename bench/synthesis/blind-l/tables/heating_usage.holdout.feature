Feature: Gas use on the bill
  The bill compares this month's gas use with the same month last year: the
  change as a percentage of last year's use, rounded to a whole number. A change
  that rounds to 0% reads "same as last year".

  Scenario Outline: comparing with last year
    Given this month used <now> kWh
    And the same month last year used <before> kWh
    When the bill is written
    Then the comparison reads "<comparison>"

    Examples:
      | now  | before | comparison              |
      | 1500 | 1200   | 25% more than last year |
      | 640  | 800    | 20% less than last year |
      | 333  | 999    | 67% less than last year |
      | 2001 | 2000   | same as last year       |
      | 1111 | 1000   | 11% more than last year |
      | 350  | 350    | same as last year       |
