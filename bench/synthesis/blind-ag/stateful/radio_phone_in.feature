Feature: Radio phone-in lines
  The studio has 4 phone lines, and the caller on air uses one of them. Callers wait on hold
  in the order they rang in. When the producer puts the next caller on air, the caller who
  was on air is thanked and cut off. A caller who hangs up frees the line.

  Scenario: taking calls in order
    Given a quiet studio with no callers
    When "Ana" rings in
    And "Ben" rings in
    And "Cal" rings in
    And the producer puts the next caller on air
    Then the caller on air is "Ana"
    And the callers on hold are "Ben, Cal"
    When the producer puts the next caller on air
    Then the caller on air is "Ben"
    And the lines in use are 2
    When "Ben" rings in
    Then the producer hears "Ben is already on the line"

  Scenario: all lines busy
    Given a quiet studio with no callers
    When "Ana" rings in
    And "Ben" rings in
    And "Cal" rings in
    And "Dee" rings in
    And "Eve" rings in
    Then the producer hears "all lines are busy"
    And the lines in use are 4
    When "Ben" hangs up
    And "Eve" rings in
    Then the callers on hold are "Ana, Cal, Dee, Eve"

  Scenario: an empty board
    Given a quiet studio with no callers
    When the producer puts the next caller on air
    Then the producer hears "nobody is holding"
    When "Ana" rings in
    And "Ana" rings in
    Then the producer hears "Ana is already on the line"
    When the producer puts the next caller on air
    And "Ana" hangs up
    Then the caller on air is "nobody"
    And the callers on hold are "none"

  Scenario: ringing back
    Given a quiet studio with no callers
    When "Ben" rings in
    And "Ben" hangs up
    And "Ben" hangs up
    Then the producer hears "Ben is not on the line"
    When "Cal" rings in
    And the producer puts the next caller on air
    And "Ben" rings in
    Then the callers on hold are "Ben"
    And the caller on air is "Cal"
