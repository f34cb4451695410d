Feature: Alarm snooze
  Snooze puts the next ring 9 minutes later and only works while the alarm is ringing.
  It can be used 3 times; after that the alarm can only be switched off, which ends it
  for today.

  Scenario: one snooze
    Given the alarm is set for "06:30"
    Then the next ring is at "06:30"
    When the alarm rings
    And snooze is pressed
    Then the next ring is at "06:39"
    When the alarm rings
    And the alarm is switched off
    Then the alarm is off for today

  Scenario: three snoozes
    Given the alarm is set for "07:00"
    When the alarm rings
    And snooze is pressed
    And the alarm rings
    And snooze is pressed
    And the alarm rings
    And snooze is pressed
    Then the next ring is at "07:27"
    When the alarm rings
    And snooze is pressed
    Then the clock says "no snoozes left"
    When the alarm is switched off
    Then the alarm is off for today

  Scenario: pressing too early
    Given the alarm is set for "05:45"
    When snooze is pressed
    Then the clock says "the alarm is not ringing"
    When the alarm rings
    And snooze is pressed
    And snooze is pressed
    Then the clock says "the alarm is not ringing"
    And the next ring is at "05:54"

  Scenario: late at night
    Given the alarm is set for "23:55"
    When the alarm rings
    And snooze is pressed
    Then the next ring is at "00:04"
    When the alarm rings
    And snooze is pressed
    Then the next ring is at "00:13"
    When the alarm is switched off
    And the alarm is switched off
    Then the clock says "the alarm is already off"
