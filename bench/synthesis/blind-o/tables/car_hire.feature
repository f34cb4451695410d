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
      | 4    | 40  | 120.00 |
      | 6    | 25  | 180.00 |
      | 7    | 25  | 189.00 |
      | 6    | 24  | 252.00 |
      | 7    | 24  | 273.00 |
      | 3    | 19  | 126.00 |
      | 10   | 60  | 270.00 |
      | 14   | 22  | 546.00 |
      | 2    | 33  | 60.00  |
