Feature: Alarm snooze
  Snooze puts the next ring 9 minutes later and only works while the alarm is ringing.
  It can be used 3 times; after that the alarm can only be switched off, which ends it
  for today.

  Scenario: two snoozes then up
    Given the alarm is set for "08:10"
    When the alarm rings
    And snooze is pressed
    And the alarm rings
    And snooze is pressed
    Then the next ring is at "08:28"
    When the alarm is switched off
    Then the alarm is off for today

  Scenario: every snooze used
    Given the alarm is set for "23:50"
    When the alarm rings
    And snooze is pressed
    And the alarm rings
    And snooze is pressed
    Then the next ring is at "00:08"
    When the alarm rings
    And snooze is pressed
    And the alarm rings
    And snooze is pressed
    Then the clock says "no snoozes left"
    When the alarm is switched off
    And the alarm is switched off
    Then the clock says "the alarm is already off"

  Scenario: an early press
    Given the alarm is set for "06:00"
    When snooze is pressed
    Then the clock says "the alarm is not ringing"
    And the next ring is at "06:00"
    When the alarm rings
    And snooze is pressed
    Then the next ring is at "06:09"
