Feature: Record player
  The turntable plays at 33 or 45. The speed can only be changed, and the record only
  taken off, while the arm is up. Lowering the arm onto a record starts it playing and
  lifting the arm stops it. The arm cannot be lowered onto an empty platter, and only one
  record fits on the platter.

  Scenario: an album after a single
    Given a record player set to 45 with no record on
    When a record is put on
    And the speed is switched to 33
    And the arm is lowered
    Then the record is playing at 33
    When the record is taken off
    Then it is refused with "lift the arm first"

  Scenario: putting the record back
    Given a record player set to 33 with a record on
    When the arm is lowered
    And the arm is lifted
    And the record is taken off
    And the arm is lowered
    Then it is refused with "there is no record on"
    When a record is put on
    And the arm is lowered
    Then the record is playing at 33

  Scenario: two mistakes in a row
    Given a record player set to 45 with a record on
    When the arm is lowered
    And the speed is switched to 33
    Then it is refused with "lift the arm first"
    When a record is put on
    Then it is refused with "a record is already on"
    When the arm is lifted
    And the speed is switched to 33
    And the arm is lowered
    Then the record is playing at 33
