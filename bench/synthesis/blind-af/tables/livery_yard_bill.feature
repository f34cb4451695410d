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
      | grass  | 1     | 37.50  |
      | grass  | 3     | 112.50 |
      | grass  | 4     | 142.50 |
      | grass  | 5     | 178.13 |
      | part   | 2     | 185.00 |
      | part   | 4     | 351.50 |
      | part   | 7     | 615.13 |
      | full   | 3     | 495.00 |
      | full   | 6     | 940.50 |
