Feature: Beach huts
  The huts are booked a week at a time. A family may hold at most 2 bookings at once, and
  cancelling a booking frees the hut for that week.

  Scenario: swapping a week
    Given the huts are all free
    When "Reid" books hut 6 for week 27
    And "Reid" books hut 7 for week 27
    Then the booking count for "Reid" is 2
    When "Reid" books hut 8 for week 28
    Then the booking is refused with "Reid already has 2 bookings"
    When "Reid" cancels hut 6 for week 27
    And "Reid" books hut 8 for week 28
    Then hut 6 in week 27 is free
    And hut 8 in week 28 is booked by "Reid"

  Scenario: the same hut in different weeks
    Given the huts are all free
    When "Ngata" books hut 5 for week 34
    And "Moss" books hut 5 for week 35
    And "Moss" books hut 5 for week 34
    Then the booking is refused with "hut 5 is already booked in week 34"
    And the booking count for "Moss" is 1
    And hut 5 in week 35 is booked by "Moss"

  Scenario: cancelling the wrong week
    Given the huts are all free
    When "Okafor" books hut 9 for week 30
    And "Okafor" cancels hut 9 for week 31
    Then the booking is refused with "Okafor has not booked hut 9 in week 31"
    And the booking count for "Okafor" is 1
    And hut 9 in week 30 is booked by "Okafor"
