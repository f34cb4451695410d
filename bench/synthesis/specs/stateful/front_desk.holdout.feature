Feature: Front desk room board
  A guest checks into a free room and later checks out; checking into an occupied room is refused. The busiest room is the one with the most check-ins so far.

  Background:
    Given a hotel with every room free

  Scenario: a busy week
    When a guest checks into room 3
    And a guest checks into room 4
    And the guest in room 3 checks out
    And the guest in room 4 checks out
    And a guest checks into room 4
    And the guest in room 4 checks out
    And a guest checks into room 4
    And a guest checks into room 3
    Then the busiest room is 4
    And the number of occupied rooms is 2

  Scenario: a double check-in among others
    When a guest checks into room 9
    And a guest checks into room 10
    And a guest checks into room 9
    Then the check-in is refused with "room 9 is occupied"
    And the number of occupied rooms is 2
    And room 10 is occupied: yes
