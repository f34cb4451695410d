Feature: Smoke alarm hush button
  The hush button quietens a sounding alarm for 10 minutes.

  Scenario: smoke comes and goes
    Given the smoke alarm is quiet
    When smoke is detected
    Then the alarm is "sounding"
    When the smoke clears
    Then the alarm is "quiet"

  Scenario: hushing while the smoke stays
    Given the smoke alarm is quiet
    When smoke is detected
    And the hush button is pressed
    Then the alarm is "hushed"
    When 10 minutes pass
    Then the alarm is "sounding"
    When 10 minutes pass
    Then the alarm is "sounding"

  Scenario: the smoke clears while hushed
    Given the smoke alarm is quiet
    When smoke is detected
    And the hush button is pressed
    And the smoke clears
    Then the alarm is "quiet"
    When 10 minutes pass
    Then the alarm is "quiet"

  Scenario: new smoke after a hush has ended
    Given the smoke alarm is quiet
    When the hush button is pressed
    Then the alarm is "quiet"
    When smoke is detected
    And the hush button is pressed
    And the smoke clears
    And smoke is detected
    Then the alarm is "sounding"

  Scenario: more smoke during a hush
    Given the smoke alarm is quiet
    When smoke is detected
    And the hush button is pressed
    And smoke is detected
    Then the alarm is "hushed"
    When 10 minutes pass
    Then the alarm is "sounding"
    When the hush button is pressed
    Then the alarm is "hushed"
