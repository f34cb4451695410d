Feature: Rowing boat hire
  The lake has a number of rowing boats. A boat costs 4.50 for each half hour
  or part of one, paid when it comes back. Each person can have one boat at a
  time. Taking a boat when none are free is refused with "no boats left", and
  taking a second one with "<name> already has a boat". The board at the hut
  shows how many boats are free.

  Scenario: a trip round the island
    Given the lake has 2 rowing boats
    When Omar takes a boat at "14:05"
    And Omar brings the boat back at "14:50"
    Then Omar pays 9.00
    And the board shows "2 boats free"

  Scenario: every boat is out
    Given the lake has 2 rowing boats
    When Omar takes a boat at "10:00"
    And Ana takes a boat at "10:10"
    Then the board shows "no boats free"
    When Lee takes a boat at "10:15"
    Then the hire is refused with "no boats left"

  Scenario: one boat each
    Given the lake has 3 rowing boats
    When Omar takes a boat at "09:00"
    And Omar takes a boat at "09:05"
    Then the hire is refused with "Omar already has a boat"
    And the board shows "2 boats free"

  Scenario: exactly half an hour and a minute over
    Given the lake has 1 rowing boat
    When Ana takes a boat at "15:00"
    And Ana brings the boat back at "15:30"
    Then Ana pays 4.50
    When Lee takes a boat at "15:35"
    And Lee brings the boat back at "16:06"
    Then Lee pays 9.00

  Scenario: a long afternoon
    Given the lake has 3 rowing boats
    When Omar takes a boat at "11:00"
    And Ana takes a boat at "11:20"
    Then the board shows "1 boat free"
    When Omar brings the boat back at "13:00"
    Then Omar pays 18.00
