Feature: Wedding table plan
  There are five tables, numbered 1 to 5, and each seats 4 guests. A guest has one seat at a
  time; moving a guest frees their old seat. Each table lists its guests in the order they were
  put there.

  Scenario: a table emptied
    Given an empty table plan
    When Ben is seated at table 5
    And Jay is seated at table 5
    And Ola is seated at table 2
    And Ben is moved to table 2
    And Jay is taken off the plan
    Then table 5 seats "nobody"
    And table 2 seats "Ola, Ben"

  Scenario: waiting for a space at table 1
    Given an empty table plan
    When Kim is seated at table 1
    And Ava is seated at table 1
    And Tia is seated at table 1
    And Max is seated at table 1
    And Ben is seated at table 1
    Then the seating is refused with "table 1 is full"
    When Ben is seated at table 3
    And Ben is moved to table 1
    Then the move is refused with "table 1 is full"
    When Max is taken off the plan
    And Ben is moved to table 1
    Then table 1 seats "Kim, Ava, Tia, Ben"
    And table 3 seats "nobody"

  Scenario: more mistakes
    Given an empty table plan
    When Lou is seated at table 8
    Then the seating is refused with "there is no table 8"
    When Lou is seated at table 4
    And Lou is seated at table 2
    Then the seating is refused with "Lou already has a seat at table 4"
    When Ned is moved to table 4
    Then the move is refused with "Ned has no seat"
    When Ned is taken off the plan
    Then removing is refused with "Ned has no seat"
    When Lou is moved to table 9
    Then the move is refused with "there is no table 9"
    And table 4 seats "Lou"
