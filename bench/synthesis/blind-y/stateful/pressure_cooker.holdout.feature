Feature: Pressure cooker
  The lid has to be closed before cooking starts. The timer counts down while it cooks, and
  then the cooker keeps the food warm, still under pressure. The lid stays locked until the
  steam is released, which also stops any cooking.

  Scenario: a long stew
    Given the cooker is ready with the lid open
    When the lid is closed
    And cooking is started for 30 minutes
    And 12 minutes pass
    And 10 minutes pass
    Then 8 minutes of cooking are left
    When 8 minutes pass
    Then the display shows "keep warm"
    When the steam is released
    And the lid is opened
    Then the lid is "open"

  Scenario: checking the food too early
    Given the cooker is ready with the lid open
    When the lid is closed
    And cooking is started for 18 minutes
    And the lid is opened
    Then the cooker beeps and shows "release the steam first"
    And the lid is "closed"
    When the steam is released
    Then the display shows "ready"
    When cooking is started for 4 minutes
    Then the display shows "cooking"
    And 4 minutes of cooking are left

  Scenario: changing your mind
    Given the cooker is ready with the lid open
    When the lid is closed
    And the lid is opened
    And cooking is started for 10 minutes
    Then the cooker beeps and shows "close the lid first"
    When the lid is closed
    And cooking is started for 10 minutes
    And 3 minutes pass
    Then 7 minutes of cooking are left
    When cooking is started for 5 minutes
    Then the cooker beeps and shows "the cooker is already under pressure"
