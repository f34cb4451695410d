Feature: Smoke alarm hush button
  The hush button quietens a sounding alarm for 10 minutes.

  Scenario: hushed twice, then the smoke clears
    Given the smoke alarm is quiet
    When smoke is detected
    And the hush button is pressed
    And 10 minutes pass
    And the hush button is pressed
    And the smoke clears
    And 10 minutes pass
    Then the alarm is "quiet"

  Scenario: a quiet wait, then smoke
    Given the smoke alarm is quiet
    When 10 minutes pass
    And smoke is detected
    And smoke is detected
    Then the alarm is "sounding"

  Scenario: hush pressed when all is clear
    Given the smoke alarm is quiet
    When smoke is detected
    And the hush button is pressed
    And the smoke clears
    And the hush button is pressed
    And smoke is detected
    Then the alarm is "sounding"
    When the hush button is pressed
    Then the alarm is "hushed"
