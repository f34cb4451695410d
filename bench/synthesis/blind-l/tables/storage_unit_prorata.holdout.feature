Feature: Storage unit first bill

  Scenario Outline: moving in part way through a month
    Given a unit rented at <monthly> a month
    And the first month has <days> days
    And the customer moves in on day <day>
    When the first bill is prepared
    Then the first bill is <bill>

    Examples:
      | monthly | days | day | bill  |
      | 90.00   | 30   | 21  | 30.00 |
      | 124.00  | 31   | 25  | 28.00 |
      | 75.00   | 28   | 28  | 2.68  |
      | 80.00   | 31   | 10  | 56.77 |
      | 99.00   | 30   | 1   | 99.00 |
      | 65.00   | 29   | 8   | 49.31 |
