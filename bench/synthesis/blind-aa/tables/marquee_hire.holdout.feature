Feature: Marquee hire quote
  The first day costs 150.00 and every day after it 50.00. Delivery is free up to 10 miles
  from the yard; further than that it is 2.00 for each mile over 10.

  Scenario Outline: quoting for a marquee
    Given the marquee is hired for <days> days
    And the venue is <miles> miles from the yard
    When the quote is written
    Then the hire charge is <hire>
    And the delivery charge is <delivery>

    Examples:
      | days | miles | hire    | delivery |
      | 14   | 3     | 800.00  | 0.00     |
      | 2    | 100   | 200.00  | 180.00   |
      | 8    | 10    | 500.00  | 0.00     |
      | 3    | 2     | 250.00  | 0.00     |
      | 21   | 55    | 1150.00 | 90.00    |
      | 9    | 13    | 550.00  | 6.00     |
