Feature: Window blind
  Each press moves the blind a quarter of the way; it stops when fully open or fully closed.

  Scenario: down then up
    Given the blind is 75 percent open
    When I press down
    And I press up
    And I press up
    Then the blind is 100 percent open

  Scenario: already closed
    Given the blind is 0 percent open
    When I press down
    And I press up
    Then the blind is 25 percent open

  Scenario: one press down
    Given the blind is 50 percent open
    When I press down
    Then the blind is 25 percent open
