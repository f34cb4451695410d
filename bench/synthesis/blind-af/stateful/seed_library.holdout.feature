Feature: Village seed library
  Members take packets of seed from the drawers of the seed library for free, one packet
  at a time. Each member may take at most 3 packets in a season; the count starts again
  when a new season starts. Gardeners donate packets to fill the drawers up again.

  Scenario: carrots run out and come back
    Given the drawers hold 3 packets of "beans" and 2 packets of "carrots"
    When "Hal" takes a packet of "carrots"
    And "Ivy" takes a packet of "carrots"
    And "Jo" takes a packet of "carrots"
    Then the librarian says "the carrots drawer is empty"
    When 4 packets of "carrots" are donated
    And "Jo" takes a packet of "carrots"
    Then the "carrots" packets left are 3

  Scenario: the limit covers every drawer
    Given the drawers hold 8 packets of "beans" and 3 packets of "carrots"
    When "Kai" takes a packet of "beans"
    And "Kai" takes a packet of "beans"
    And "Kai" takes a packet of "beans"
    And "Kai" takes a packet of "carrots"
    Then the librarian says "Kai has had 3 packets this season"
    When a new season starts
    And "Kai" takes a packet of "carrots"
    Then the packets taken by "Kai" are 1
    And the "carrots" packets left are 2

  Scenario: a refused packet does not count
    Given the drawers hold 2 packets of "beans" and 5 packets of "carrots"
    When "Lee" takes a packet of "beans"
    And "Mo" takes a packet of "beans"
    And "Mo" takes a packet of "beans"
    Then the librarian says "the beans drawer is empty"
    And the packets taken by "Mo" are 1
    When 3 packets of "beans" are donated
    Then the "beans" packets left are 3
