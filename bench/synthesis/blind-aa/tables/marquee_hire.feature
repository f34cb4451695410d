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
      | days | miles | hire   | delivery |
      | 2    | 5     | 200.00 | 0.00     |
      | 3    | 10    | 250.00 | 0.00     |
      | 3    | 11    | 250.00 | 2.00     |
      | 4    | 25    | 300.00 | 30.00    |
      | 5    | 12    | 350.00 | 4.00     |
      | 6    | 18    | 400.00 | 16.00    |
      | 7    | 8     | 450.00 | 0.00     |
      | 2    | 40    | 200.00 | 60.00    |
      | 10   | 9     | 600.00 | 0.00     |
