Feature: Log burner
  The stove takes at most 4 logs. The door has to be open to put logs in or to light the fire.
  A lit fire burns one log an hour, door open or shut, and goes out when the last log has burnt;
  logs in an unlit stove stay as they are.

  Scenario: burning down and filling up again
    Given a cold stove with its door shut
    When the door is opened
    And 4 logs are added
    And 2 logs are added
    Then the stove refuses with "the stove is full"
    When the fire is lit
    And the door is shut
    And 3 hours pass
    Then the logs in the stove number 1
    When the door is opened
    And 3 logs are added
    Then the logs in the stove number 4
    And the fire is "burning"

  Scenario: logs laid but lit late
    Given a cold stove with its door shut
    When 3 logs are added
    Then the stove refuses with "open the door first"
    When the door is opened
    And 2 logs are added
    And 5 hours pass
    Then the logs in the stove number 2
    And the fire is "out"
    When the fire is lit
    And 2 hours pass
    Then the logs in the stove number 0
    And the fire is "out"

  Scenario: a long night
    Given a cold stove with its door shut
    When the door is opened
    And the fire is lit
    Then the stove refuses with "there are no logs to light"
    When 2 logs are added
    And 3 logs are added
    Then the stove refuses with "there is room for only 2 more logs"
    When 2 logs are added
    And the fire is lit
    And 6 hours pass
    Then the logs in the stove number 0
    And the fire is "out"
