Feature: Rowing boat hire
  The lake has a number of rowing boats. A boat costs 4.50 for each half hour
  or part of one, paid when it comes back. Each person can have one boat at a
  time. Taking a boat when none are free is refused with "no boats left", and
  taking a second one with "<name> already has a boat". The board at the hut
  shows how many boats are free.

  Scenario: waiting for a boat to come back
    Given the lake has 2 rowing boats
    When Bea takes a boat at "12:00"
    And Cal takes a boat at "12:05"
    And Dan takes a boat at "12:10"
    Then the hire is refused with "no boats left"
    When Bea brings the boat back at "12:29"
    Then Bea pays 4.50
    And the board shows "1 boat free"
    When Dan takes a boat at "12:30"
    Then the board shows "no boats free"

  Scenario: an hour and a half on the water
    Given the lake has 4 rowing boats
    When Eve takes a boat at "16:40"
    And Eve takes a boat at "16:45"
    Then the hire is refused with "Eve already has a boat"
    When Eve brings the boat back at "18:11"
    Then Eve pays 18.00
    And the board shows "4 boats free"
