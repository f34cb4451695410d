Feature: Wedding table plan
  There are five tables, numbered 1 to 5, and each seats 4 guests. A guest has one seat at a
  time; moving a guest frees their old seat. Each table lists its guests in the order they were
  put there.

  Scenario: seating guests
    Given an empty table plan
    When Ava is seated at table 2
    And Ben is seated at table 2
    And Kim is seated at table 5
    Then table 2 seats "Ava, Ben"
    And table 5 seats "Kim"
    And table 1 seats "nobody"

  Scenario: moving a guest
    Given an empty table plan
    When Ava is seated at table 1
    And Ben is seated at table 1
    And Kim is seated at table 3
    And Ava is moved to table 3
    Then table 1 seats "Ben"
    And table 3 seats "Kim, Ava"
    When Ben is taken off the plan
    Then table 1 seats "nobody"

  Scenario: a full table
    Given an empty table plan
    When Ava is seated at table 4
    And Ben is seated at table 4
    And Kim is seated at table 4
    And Jay is seated at table 4
    And Ola is seated at table 4
    Then the seating is refused with "table 4 is full"
    When Ola is seated at table 2
    And Ola is moved to table 4
    Then the move is refused with "table 4 is full"
    When Jay is moved to table 2
    And Ola is moved to table 4
    Then table 4 seats "Ava, Ben, Kim, Ola"
    And table 2 seats "Jay"

  Scenario: mistakes on the plan
    Given an empty table plan
    When Pat is seated at table 6
    Then the seating is refused with "there is no table 6"
    When Pat is seated at table 1
    And Pat is seated at table 3
    Then the seating is refused with "Pat already has a seat at table 1"
    When Pat is moved to table 7
    Then the move is refused with "there is no table 7"
    When Tia is moved to table 2
    Then the move is refused with "Tia has no seat"
    When Tia is taken off the plan
    Then removing is refused with "Tia has no seat"
    And table 1 seats "Pat"
