Feature: Pressure cooker
  The lid has to be closed before cooking starts. The timer counts down while it cooks, and
  then the cooker keeps the food warm, still under pressure. The lid stays locked until the
  steam is released, which also stops any cooking.

  Scenario: a short cook
    Given the cooker is ready with the lid open
    When the lid is closed
    And cooking is started for 15 minutes
    Then the display shows "cooking"
    And 15 minutes of cooking are left
    When 6 minutes pass
    Then 9 minutes of cooking are left

  Scenario: lid left open
    Given the cooker is ready with the lid open
    When cooking is started for 20 minutes
    Then the cooker beeps and shows "close the lid first"
    And the display shows "ready"

  Scenario: the timer runs out
    Given the cooker is ready with the lid open
    When the lid is closed
    And cooking is started for 8 minutes
    And 10 minutes pass
    Then the display shows "keep warm"
    When the lid is opened
    Then the cooker beeps and shows "release the steam first"
    When the steam is released
    Then the display shows "ready"
    When the lid is opened
    Then the lid is "open"

  Scenario: starting again
    Given the cooker is ready with the lid open
    When the lid is closed
    And cooking is started for 25 minutes
    And 5 minutes pass
    And cooking is started for 10 minutes
    Then the cooker beeps and shows "the cooker is already under pressure"
    And 20 minutes of cooking are left
    When the steam is released
    Then the display shows "ready"
    And the lid is "closed"
    When cooking is started for 12 minutes
    Then 12 minutes of cooking are left
