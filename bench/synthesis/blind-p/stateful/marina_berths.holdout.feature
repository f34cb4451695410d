Feature: Marina berths
  The marina has 3 visitor berths. A boat that arrives when they are all taken goes on the
  waiting list, and when a moored boat leaves, the first boat on the list takes its berth.

  Scenario: a quiet week
    Given the marina is empty
    When the "Tern" arrives
    And the "Gannet" arrives
    And the "Gannet" leaves
    And the "Osprey" arrives
    Then 2 boats are moored
    And the waiting list is empty

  Scenario: two boats leave
    Given the marina is empty
    When the "Kestrel" arrives
    And the "Puffin" arrives
    And the "Osprey" arrives
    And the "Tern" arrives
    And the "Gannet" arrives
    And the "Puffin" leaves
    And the "Kestrel" leaves
    Then the "Gannet" is moored
    And the waiting list is empty
    When the "Gannet" arrives
    Then the harbour master says "the Gannet is already here"

  Scenario: a stranger leaves, a regular leaves
    Given the marina is empty
    When the "Osprey" arrives
    And the "Tern" arrives
    And the "Puffin" arrives
    And the "Kestrel" arrives
    And the "Gannet" leaves
    Then the harbour master says "the Gannet has no berth"
    When the "Tern" leaves
    Then the "Kestrel" is moored
    And 3 boats are moored
