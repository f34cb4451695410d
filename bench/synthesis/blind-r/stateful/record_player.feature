Feature: Record player
  The turntable plays at 33 or 45. The speed can only be changed, and the record only
  taken off, while the arm is up. Lowering the arm onto a record starts it playing and
  lifting the arm stops it. The arm cannot be lowered onto an empty platter, and only one
  record fits on the platter.

  Scenario: playing a single
    Given a record player set to 33 with no record on
    When a record is put on
    And the speed is switched to 45
    And the arm is lowered
    Then the record is playing at 45

  Scenario: changing speed in the middle of a song
    Given a record player set to 33 with a record on
    When the arm is lowered
    Then the record is playing at 33
    When the speed is switched to 45
    Then it is refused with "lift the arm first"
    When the arm is lifted
    Then nothing is playing
    When the speed is switched to 45
    And the arm is lowered
    Then the record is playing at 45

  Scenario: an empty platter
    Given a record player set to 45 with no record on
    When the arm is lowered
    Then it is refused with "there is no record on"
    When a record is put on
    And the arm is lowered
    Then the record is playing at 45

  Scenario: swapping records
    Given a record player set to 33 with a record on
    When a record is put on
    Then it is refused with "a record is already on"
    When the arm is lowered
    And the record is taken off
    Then it is refused with "lift the arm first"
    When the arm is lifted
    And the record is taken off
    And the arm is lowered
    Then it is refused with "there is no record on"

  Scenario: back down to 33
    Given a record player set to 45 with a record on
    When the speed is switched to 33
    And the arm is lowered
    Then the record is playing at 33
    When the arm is lifted
    Then nothing is playing
