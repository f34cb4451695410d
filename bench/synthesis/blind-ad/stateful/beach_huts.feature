Feature: Beach huts
  The huts are booked a week at a time. A family may hold at most 2 bookings at once, and
  cancelling a booking frees the hut for that week.

  Scenario: two families
    Given the huts are all free
    When "Patel" books hut 4 for week 31
    And "Ngata" books hut 5 for week 31
    Then hut 4 in week 31 is booked by "Patel"
    And hut 5 in week 31 is booked by "Ngata"

  Scenario: a hut already taken
    Given the huts are all free
    When "Patel" books hut 2 for week 28
    And "Okafor" books hut 2 for week 28
    Then the booking is refused with "hut 2 is already booked in week 28"
    And hut 2 in week 28 is booked by "Patel"
    And the booking count for "Okafor" is 0
    When "Okafor" books hut 2 for week 29
    Then hut 2 in week 29 is booked by "Okafor"

  Scenario: at most two bookings
    Given the huts are all free
    When "Moss" books hut 1 for week 30
    And "Moss" books hut 1 for week 31
    And "Moss" books hut 1 for week 32
    Then the booking is refused with "Moss already has 2 bookings"
    And hut 1 in week 32 is free
    And the booking count for "Moss" is 2
    When "Moss" cancels hut 1 for week 30
    And "Moss" books hut 1 for week 32
    Then the booking count for "Moss" is 2
    And hut 1 in week 30 is free

  Scenario: cancelling somebody else's booking
    Given the huts are all free
    When "Patel" books hut 3 for week 33
    And "Ngata" cancels hut 3 for week 33
    Then the booking is refused with "Ngata has not booked hut 3 in week 33"
    And hut 3 in week 33 is booked by "Patel"
    When "Patel" cancels hut 3 for week 33
    Then hut 3 in week 33 is free
    And the booking count for "Patel" is 0
