Feature: Holiday allowance
  Everyone has a number of days of leave for the year. Booking days off takes
  them from what is left, and half days can be booked. A booking for more days
  than are left is refused with "<name> has only <days> days left" and changes
  nothing. Cancelling days off gives them back.

  Scenario: a week in the sun
    Given Omar has 25 days of leave
    When Omar books 5 days off
    Then Omar has 20 days left

  Scenario: colleagues have their own allowance
    Given Omar has 25 days of leave
    And Priya has 20 days of leave
    When Priya books 2.5 days off
    Then Priya has 17.5 days left
    And Omar has 25 days left

  Scenario: not enough days left
    Given Omar has 3 days of leave
    When Omar books 4 days off
    Then the booking is refused with "Omar has only 3 days left"
    And Omar has 3 days left
    When Omar books 2 days off
    Then Omar has 1 day left

  Scenario: plans change
    Given Priya has 10 days of leave
    When Priya books 10 days off
    Then Priya has 0 days left
    When Priya cancels 3 days off
    Then Priya has 3 days left

  Scenario: half days at the end of the year
    Given Omar has 2 days of leave
    When Omar books 1.5 days off
    Then Omar has 0.5 days left
    When Omar books 1 day off
    Then the booking is refused with "Omar has only 0.5 days left"
