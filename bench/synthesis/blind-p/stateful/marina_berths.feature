Feature: Marina berths
  The marina has 3 visitor berths. A boat that arrives when they are all taken goes on the
  waiting list, and when a moored boat leaves, the first boat on the list takes its berth.

  Scenario: room for everyone
    Given the marina is empty
    When the "Puffin" arrives
    And the "Kestrel" arrives
    Then 2 boats are moored
    And the waiting list is empty

  Scenario: a waiting list forms
    Given the marina is empty
    When the "Puffin" arrives
    And the "Kestrel" arrives
    And the "Tern" arrives
    And the "Osprey" arrives
    And the "Gannet" arrives
    Then 3 boats are moored
    And the waiting list reads "Osprey, Gannet"

  Scenario: the first in line moves in
    Given the marina is empty
    When the "Puffin" arrives
    And the "Kestrel" arrives
    And the "Tern" arrives
    And the "Osprey" arrives
    And the "Gannet" arrives
    And the "Kestrel" leaves
    Then the "Osprey" is moored
    And the waiting list reads "Gannet"
    When the "Tern" leaves
    Then the waiting list is empty
    And 3 boats are moored

  Scenario: boats that are not where they think
    Given the marina is empty
    When the "Puffin" arrives
    And the "Puffin" arrives
    Then the harbour master says "the Puffin is already here"
    And 1 boat is moored
    When the "Tern" leaves
    Then the harbour master says "the Tern has no berth"
    When the "Puffin" leaves
    Then 0 boats are moored

  Scenario: a waiting boat calls in again
    Given the marina is empty
    When the "Puffin" arrives
    And the "Kestrel" arrives
    And the "Tern" arrives
    And the "Osprey" arrives
    And the "Osprey" arrives
    Then the harbour master says "the Osprey is already here"
    And the waiting list reads "Osprey"
