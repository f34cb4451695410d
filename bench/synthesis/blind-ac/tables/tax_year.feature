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
      | 2027-04-06 | 2027/28 | 1     |
      | 2027-04-05 | 2026/27 | 12    |
      | 2027-05-05 | 2027/28 | 1     |
      | 2027-05-06 | 2027/28 | 2     |
      | 2026-12-25 | 2026/27 | 9     |
      | 2027-01-05 | 2026/27 | 9     |
      | 2027-01-06 | 2026/27 | 10    |
      | 2028-02-29 | 2027/28 | 11    |
      | 2029-10-31 | 2029/30 | 7     |
