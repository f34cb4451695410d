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
      | 09:00 | 09:45 | 2      | 24.00 |
      | 16:50 | 19:00 | 5      | 60.00 |
      | 17:05 | 17:35 | 1      | 18.00 |
      | 18:00 | 20:01 | 5      | 90.00 |
      | 11:30 | 15:30 | 8      | 96.00 |
      | 21:10 | 22:00 | 2      | 36.00 |
