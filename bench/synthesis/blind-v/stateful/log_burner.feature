Feature: Log burner
  The stove takes at most 4 logs. The door has to be open to put logs in or to light the fire.
  A lit fire burns one log an hour, door open or shut, and goes out when the last log has burnt;
  logs in an unlit stove stay as they are.

  Scenario: an evening fire
    Given a cold stove with its door shut
    When the door is opened
    And 3 logs are added
    And the fire is lit
    And the door is shut
    And 2 hours pass
    Then the logs in the stove number 1
    And the fire is "burning"
    When 2 hours pass
    Then the logs in the stove number 0
    And the fire is "out"

  Scenario: a full stove
    Given a cold stove with its door shut
    When the door is opened
    And 2 logs are added
    And 3 logs are added
    Then the stove refuses with "there is room for only 2 more logs"
    When 2 logs are added
    Then the logs in the stove number 4
    When 2 logs are added
    Then the stove refuses with "the stove is full"

  Scenario: the door and an empty stove
    Given a cold stove with its door shut
    When 2 logs are added
    Then the stove refuses with "open the door first"
    When the door is opened
    And the fire is lit
    Then the stove refuses with "there are no logs to light"
    When 2 logs are added
    And the door is shut
    And the fire is lit
    Then the stove refuses with "open the door first"
    When 3 hours pass
    Then the logs in the stove number 2
    And the fire is "out"
    When the door is opened
    And the fire is lit
    Then the fire is "burning"

  Scenario: topping up a fire
    Given a cold stove with its door shut
    When the door is opened
    And 4 logs are added
    And the fire is lit
    And 3 hours pass
    Then the logs in the stove number 1
    And the fire is "burning"
    When 2 logs are added
    Then the logs in the stove number 3
    When 5 hours pass
    Then the logs in the stove number 0
    And the fire is "out"
    When the fire is lit
    Then the stove refuses with "there are no logs to light"
