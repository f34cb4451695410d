Feature: Payday
  Staff are paid on the last working day of the month: the last day itself, or the Friday
  before it when the last day is a Saturday or a Sunday. Bank holidays are not counted.

  Scenario Outline: payday for a month
    Given the pay month is "<month>"
    When payday is set
    Then staff are paid on "<payday>"
    And the day of the week is "<weekday>"

    Examples:
      | month   | payday     | weekday   |
      | 2026-10 | 2026-10-30 | Friday    |
      | 2026-12 | 2026-12-31 | Thursday  |
      | 2027-01 | 2027-01-29 | Friday    |
      | 2027-02 | 2027-02-26 | Friday    |
      | 2027-03 | 2027-03-31 | Wednesday |
      | 2027-04 | 2027-04-30 | Friday    |
      | 2027-05 | 2027-05-31 | Monday    |
      | 2027-07 | 2027-07-30 | Friday    |
      | 2028-02 | 2028-02-29 | Tuesday   |
