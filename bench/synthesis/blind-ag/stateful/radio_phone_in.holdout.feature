Feature: Radio phone-in lines
  The studio has 4 phone lines, and the caller on air uses one of them. Callers wait on hold
  in the order they rang in. When the producer puts the next caller on air, the caller who
  was on air is thanked and cut off. A caller who hangs up frees the line.

  Scenario: a busy hour
    Given a quiet studio with no callers
    When "Fay" rings in
    And "Gus" rings in
    And the producer puts the next caller on air
    And "Hal" rings in
    And "Ivy" rings in
    And "Jo" rings in
    Then the producer hears "all lines are busy"
    When the producer puts the next caller on air
    Then the caller on air is "Gus"
    And the callers on hold are "Hal, Ivy"
    And the lines in use are 3

  Scenario: one caller only
    Given a quiet studio with no callers
    When "Kit" rings in
    And the producer puts the next caller on air
    And the producer puts the next caller on air
    Then the producer hears "nobody is holding"
    And the caller on air is "Kit"
    When "Kit" rings in
    Then the producer hears "Kit is already on the line"

  Scenario: a caller who gave up
    Given a quiet studio with no callers
    When "Lou" rings in
    And "Max" rings in
    And "Lou" hangs up
    And the producer puts the next caller on air
    And "Lou" hangs up
    Then the producer hears "Lou is not on the line"
    And the caller on air is "Max"
    And the callers on hold are "none"
    And the lines in use are 1
