Feature: Storage unit first bill

  Scenario Outline: moving in part way through a month
    Given a unit rented at <monthly> a month
    And the first month has <days> days
    And the customer moves in on day <day>
    When the first bill is prepared
    Then the first bill is <bill>

    Examples:
      | monthly | days | day | bill   |
      | 90.00   | 30   | 1   | 90.00  |
      | 90.00   | 30   | 16  | 45.00  |
      | 90.00   | 30   | 30  | 3.00   |
      | 124.00  | 31   | 1   | 124.00 |
      | 124.00  | 31   | 17  | 60.00  |
      | 62.00   | 31   | 31  | 2.00   |
      | 75.00   | 28   | 15  | 37.50  |
      | 65.00   | 30   | 9   | 47.67  |
      | 110.00  | 31   | 20  | 42.58  |
