Feature: Payday
  Staff are paid on the last working day of the month: the last day itself, or the Friday
  before it when the last day is a Saturday or a Sunday. Bank holidays are not counted.

  Scenario Outline: payday for a month
    Given the pay month is "<month>"
    When payday is set
    Then staff are paid on "<payday>"
    And the day of the week is "<weekday>"

    Examples:
      | month   | payday     | weekday  |
      | 2024-02 | 2024-02-29 | Thursday |
      | 2026-05 | 2026-05-29 | Friday   |
      | 2027-08 | 2027-08-31 | Tuesday  |
      | 2027-10 | 2027-10-29 | Friday   |
      | 2027-11 | 2027-11-30 | Tuesday  |
      | 2028-04 | 2028-04-28 | Friday   |
