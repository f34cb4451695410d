Feature: Escape room hints
  A team starts with 60 minutes on the clock and may ask the game master for
  3 hints. Each hint takes 2 minutes off the clock. A fourth hint is refused
  with "no hints left". The clock never goes below 0; once it shows 0, hints
  are refused with "time is up".

  Scenario: the first hint
    Given the team has just entered the room
    When 5 minutes pass
    And the team asks for a hint
    Then the clock shows 53 minutes
    And 2 hints are left

  Scenario: one hint too many
    Given the team has just entered the room
    When the team asks for a hint
    And the team asks for a hint
    And the team asks for a hint
    And the team asks for a hint
    Then the hint is refused with "no hints left"
    And the clock shows 54 minutes
    And 0 hints are left

  Scenario: no hints needed so far
    Given the team has just entered the room
    When 20 minutes pass
    And 25 minutes pass
    Then the clock shows 15 minutes
    And 3 hints are left

  Scenario: a hint in the last minute
    Given the team has just entered the room
    When 59 minutes pass
    And the team asks for a hint
    Then the clock shows 0 minutes
    And 2 hints are left
    When the team asks for a hint
    Then the hint is refused with "time is up"

  Scenario: too late for a hint
    Given the team has just entered the room
    When 60 minutes pass
    And the team asks for a hint
    Then the hint is refused with "time is up"
    And 3 hints are left
