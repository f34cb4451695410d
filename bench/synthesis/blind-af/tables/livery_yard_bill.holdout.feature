Feature: Livery yard bill
  Grass livery costs 37.50 a week, part livery 92.50 and full livery 165.00. Bookings
  of 4 weeks or more get 5% off the whole bill, rounded to the nearest penny with half
  a penny going up.

  Scenario Outline: the bill for a booking
    Given the horse is on "<livery>" livery
    And the number of weeks booked is <weeks>
    When the livery bill is worked out
    Then the bill is <bill>

    Examples:
      | livery | weeks | bill   |
      | part   | 1     | 92.50  |
      | full   | 4     | 627.00 |
      | grass  | 9     | 320.63 |
      | part   | 5     | 439.38 |
      | full   | 1     | 165.00 |
      | grass  | 2     | 75.00  |
