Feature: Tax year and tax month
  The tax year runs from 6 April to 5 April and is written with both years, the second
  one cut to two digits. Tax month 1 runs from 6 April to 5 May, month 2 from 6 May to
  5 June, and so on.

  Scenario Outline: the tax period of a payment
    Given a payment made on "<date>"
    When the tax period is found
    Then the tax year is "<year>"
    And the tax month is <month>

    Examples:
      | date       | year    | month |
      | 2026-07-15 | 2026/27 | 4     |
      | 2030-04-01 | 2029/30 | 12    |
      | 2027-09-05 | 2027/28 | 5     |
      | 2028-03-06 | 2027/28 | 12    |
      | 2031-06-06 | 2031/32 | 3     |
      | 2026-04-30 | 2026/27 | 1     |
