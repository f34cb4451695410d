Feature: Induction hob
  The hob has four zones: front left, front right, back left and back right, each at a power
  level from 0 (off) to 9. Plus raises a zone by one level and minus lowers it by one; boost
  puts a zone straight to 9. While the child lock is on, no zone button does anything.

  Scenario: setting two zones
    Given the hob is switched on with every zone off
    When plus is pressed on the front left zone
    And plus is pressed on the front left zone
    And plus is pressed on the front left zone
    And plus is pressed on the back right zone
    And minus is pressed on the front left zone
    Then the front left zone is at 2
    And the back right zone is at 1

  Scenario: boost to the top
    Given the hob is switched on with every zone off
    When plus is pressed on the front right zone
    And boost is pressed on the front right zone
    Then the front right zone is at 9
    When plus is pressed on the front right zone
    Then the hob beeps "the front right zone is already at 9"
    When minus is pressed on the front right zone
    And minus is pressed on the front right zone
    Then the front right zone is at 7

  Scenario: turning a zone off
    Given the hob is switched on with every zone off
    When plus is pressed on the back left zone
    And minus is pressed on the back left zone
    Then the back left zone is at 0
    When minus is pressed on the back left zone
    Then the hob beeps "the back left zone is off"

  Scenario: the child lock
    Given the hob is switched on with every zone off
    When plus is pressed on the front left zone
    And plus is pressed on the front left zone
    And the child lock is switched on
    And plus is pressed on the front left zone
    Then the hob beeps "the hob is locked"
    When minus is pressed on the front left zone
    Then the hob beeps "the hob is locked"
    When the child lock is switched off
    And boost is pressed on the back right zone
    Then the front left zone is at 2
    And the back right zone is at 9
