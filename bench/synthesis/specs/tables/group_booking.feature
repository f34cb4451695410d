Feature: Theatre group bookings
  Groups of 15 people or more get 20 percent off every ticket, and groups of 40 or more get 30 percent off.
  The amount due is rounded to the cent.

  Scenario Outline: booking seats for a group
    Given a booking for <people> people at <ticket> each
    When the booking is confirmed
    Then the group discount is <discount> percent
    And the amount due is <due>

    Examples:
      | people | ticket | discount | due    |
      | 2      | 25.00  | 0        | 50.00  |
      | 14     | 18.50  | 0        | 259.00 |
      | 15     | 20.00  | 20       | 240.00 |
      | 22     | 19.99  | 20       | 351.82 |
      | 39     | 10.00  | 20       | 312.00 |
      | 40     | 12.00  | 30       | 336.00 |
      | 65     | 9.50   | 30       | 432.25 |
