Feature: Escape room hints
  A team starts with 60 minutes on the clock and may ask the game master for
  3 hints. Each hint takes 2 minutes off the clock. A fourth hint is refused
  with "no hints left". The clock never goes below 0; once it shows 0, hints
  are refused with "time is up".

  Scenario: hints spread over the game
    Given the team has just entered the room
    When 10 minutes pass
    And the team asks for a hint
    And 30 minutes pass
    And the team asks for a hint
    Then the clock shows 16 minutes
    And 1 hints are left
    When the team asks for a hint
    Then the clock shows 14 minutes
    When the team asks for a hint
    Then the hint is refused with "no hints left"
    And 0 hints are left

  Scenario: running out of time
    Given the team has just entered the room
    When 50 minutes pass
    And the team asks for a hint
    And the team asks for a hint
    Then the clock shows 6 minutes
    When 7 minutes pass
    Then the clock shows 0 minutes
    When the team asks for a hint
    Then the hint is refused with "time is up"
    And 1 hints are left
