Feature: Axe throwing lane
  A lane is booked from a start time to an end time on the same day and is
  paid for by the half hour: every half hour or part of one counts. A half
  hour costs 12.00 when the booking starts before 17:00 and 18.00 when it
  starts at 17:00 or later, for the whole booking.

  Scenario Outline: the price of a lane booking
    Given the lane is booked from "<start>" to "<end>"
    When the booking is priced
    Then the half hours charged are <halves>
    And the price is <price>

    Examples:
      | start | end   | halves | price |
      | 16:00 | 16:30 | 1      | 12.00 |
      | 16:00 | 16:31 | 2      | 24.00 |
      | 16:59 | 18:00 | 3      | 36.00 |
      | 17:00 | 18:00 | 2      | 36.00 |
      | 17:00 | 17:20 | 1      | 18.00 |
      | 19:15 | 21:00 | 4      | 72.00 |
      | 10:00 | 13:00 | 6      | 72.00 |
      | 20:30 | 22:59 | 5      | 90.00 |
      | 12:45 | 14:00 | 3      | 36.00 |
