Feature: Village seed library
  Members take packets of seed from the drawers of the seed library for free, one packet
  at a time. Each member may take at most 3 packets in a season; the count starts again
  when a new season starts. Gardeners donate packets to fill the drawers up again.

  Scenario: a drawer runs empty
    Given the drawers hold 2 packets of "beans" and 4 packets of "carrots"
    When "Ana" takes a packet of "beans"
    And "Ben" takes a packet of "beans"
    And "Cy" takes a packet of "beans"
    Then the librarian says "the beans drawer is empty"
    When 5 packets of "beans" are donated
    And "Cy" takes a packet of "beans"
    Then the "beans" packets left are 4

  Scenario: three packets a season
    Given the drawers hold 6 packets of "beans" and 6 packets of "carrots"
    When "Dee" takes a packet of "beans"
    And "Dee" takes a packet of "carrots"
    And "Dee" takes a packet of "carrots"
    And "Dee" takes a packet of "beans"
    Then the librarian says "Dee has had 3 packets this season"
    And the packets taken by "Dee" are 3
    And the "beans" packets left are 5
    And the "carrots" packets left are 4

  Scenario: donations to an empty drawer
    Given the drawers hold 3 packets of "beans" and 0 packets of "carrots"
    When "Eli" takes a packet of "carrots"
    Then the librarian says "the carrots drawer is empty"
    When 2 packets of "carrots" are donated
    And "Eli" takes a packet of "carrots"
    Then the packets taken by "Eli" are 1
    And the "carrots" packets left are 1

  Scenario: a new season
    Given the drawers hold 5 packets of "beans" and 5 packets of "carrots"
    When "Fay" takes a packet of "carrots"
    And "Fay" takes a packet of "carrots"
    And "Fay" takes a packet of "carrots"
    And "Fay" takes a packet of "beans"
    Then the librarian says "Fay has had 3 packets this season"
    When a new season starts
    And "Fay" takes a packet of "beans"
    Then the packets taken by "Fay" are 1
    And the "beans" packets left are 4
