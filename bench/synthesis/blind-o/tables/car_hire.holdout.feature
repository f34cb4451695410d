Feature: Car hire
  A car costs 30.00 a day. Hire it for 7 days or more and the daily charge is 10% cheaper.
  Drivers under 25 pay an extra 12.00 a day, which is never discounted.

  Scenario Outline: pricing a hire
    Given a hire of <days> days
    And a driver aged <age>
    When the hire is priced
    Then the hire costs <total>

    Examples:
      | days | age | total  |
      | 5    | 30  | 150.00 |
      | 8    | 45  | 216.00 |
      | 9    | 21  | 351.00 |
      | 2    | 18  | 84.00  |
      | 21   | 70  | 567.00 |
      | 3    | 24  | 126.00 |
