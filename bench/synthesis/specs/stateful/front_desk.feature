Feature: Front desk room board
  A guest checks into a free room and later checks out; checking into an occupied room is refused. The busiest room is the one with the most check-ins so far.

  Background:
    Given a hotel with every room free

  Scenario: two guests arrive
    When a guest checks into room 12
    And a guest checks into room 14
    Then the number of occupied rooms is 2
    And room 12 is occupied: yes
    And room 13 is occupied: no

  Scenario: checking out
    When a guest checks into room 12
    And the guest in room 12 checks out
    Then room 12 is occupied: no
    And the number of occupied rooms is 0

  Scenario: the room is taken
    When a guest checks into room 7
    And a guest checks into room 7
    Then the check-in is refused with "room 7 is occupied"
    And the number of occupied rooms is 1

  Scenario: the busiest room
    When a guest checks into room 5
    And the guest in room 5 checks out
    And a guest checks into room 5
    And a guest checks into room 8
    Then the busiest room is 5
