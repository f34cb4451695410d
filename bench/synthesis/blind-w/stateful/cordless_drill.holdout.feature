Feature: Cordless drill battery
  The battery charges 2% a minute and stops at 100%. Each hole drilled uses 5%.

  Scenario: flat, charged, still short
    Given the battery shows "55%"
    When 11 holes are drilled
    And the battery charges for 30 minutes
    And 13 holes are drilled
    Then the drill warns "the battery is too low for 13 holes"
    And the battery shows "60%"

  Scenario: full from the start
    Given the battery shows "100%"
    When the battery charges for 10 minutes
    Then the drill warns "the battery is already full"
    When 2 holes are drilled
    And the battery charges for 40 minutes
    Then the battery shows "100%"

  Scenario: short charges
    Given the battery shows "25%"
    When the battery charges for 3 minutes
    And 6 holes are drilled
    And the battery charges for 7 minutes
    And 3 holes are drilled
    Then the battery shows "0%"
