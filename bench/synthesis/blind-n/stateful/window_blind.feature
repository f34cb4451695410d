Feature: Window blind
  Each press moves the blind a quarter of the way; it stops when fully open or fully closed.

  Scenario: opening a closed blind
    Given the blind is 0 percent open
    When I press up
    Then the blind is 25 percent open

  Scenario: all the way up
    Given the blind is 50 percent open
    When I press up
    And I press up
    Then the blind is 100 percent open

  Scenario: already at the top
    Given the blind is 100 percent open
    When I press up
    Then the blind is 100 percent open

  Scenario: closing
    Given the blind is 25 percent open
    When I press down
    And I press down
    Then the blind is 0 percent open
