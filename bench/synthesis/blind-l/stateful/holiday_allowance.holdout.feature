Feature: Holiday allowance
  Everyone has a number of days of leave for the year. Booking days off takes
  them from what is left, and half days can be booked. A booking for more days
  than are left is refused with "<name> has only <days> days left" and changes
  nothing. Cancelling days off gives them back.

  Scenario: a long summer break that is called off
    Given Lena has 28 days of leave
    When Lena books 7.5 days off
    Then Lena has 20.5 days left
    When Lena books 21 days off
    Then the booking is refused with "Lena has only 20.5 days left"
    When Lena cancels 7.5 days off
    Then Lena has 28 days left

  Scenario: two people booking the same fortnight
    Given Omar has 12 days of leave
    And Priya has 15 days of leave
    When Omar books 11 days off
    Then Omar has 1 day left
    When Priya books 16 days off
    Then the booking is refused with "Priya has only 15 days left"
    And Priya has 15 days left
