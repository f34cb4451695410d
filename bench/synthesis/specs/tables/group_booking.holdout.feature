Feature: Theatre group bookings

  Scenario Outline: booking seats for a group
    Given a booking for <people> people at <ticket> each
    When the booking is confirmed
    Then the group discount is <discount> percent
    And the amount due is <due>

    Examples:
      | people | ticket | discount | due     |
      | 1      | 30.00  | 0        | 30.00   |
      | 20     | 15.00  | 20       | 240.00  |
      | 17     | 11.99  | 20       | 163.06  |
      | 50     | 8.00   | 30       | 280.00  |
      | 100    | 21.50  | 30       | 1505.00 |
