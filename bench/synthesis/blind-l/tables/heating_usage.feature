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
      | now  | before | comparison               |
      | 880  | 1000   | 12% less than last year  |
      | 1080 | 1000   | 8% more than last year   |
      | 500  | 500    | same as last year        |
      | 1234 | 1200   | 3% more than last year   |
      | 0    | 450    | 100% less than last year |
      | 900  | 300    | 200% more than last year |
      | 745  | 800    | 7% less than last year   |
      | 1002 | 1000   | same as last year        |
      | 997  | 1000   | same as last year        |
