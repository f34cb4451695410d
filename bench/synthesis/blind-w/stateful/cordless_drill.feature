Feature: Cordless drill battery
  The battery charges 2% a minute and stops at 100%. Each hole drilled uses 5%.

  Scenario: a few holes and a top-up
    Given the battery shows "40%"
    When 4 holes are drilled
    And the battery charges for 10 minutes
    Then the battery shows "40%"

  Scenario: running flat
    Given the battery shows "30%"
    When 7 holes are drilled
    Then the drill warns "the battery is too low for 7 holes"
    When 6 holes are drilled
    Then the battery shows "0%"

  Scenario: charging past full
    Given the battery shows "90%"
    When the battery charges for 15 minutes
    And the battery charges for 5 minutes
    Then the drill warns "the battery is already full"
    When 3 holes are drilled
    Then the battery shows "85%"

  Scenario: a longer charge
    Given the battery shows "10%"
    When the battery charges for 20 minutes
    And 10 holes are drilled
    And 2 holes are drilled
    Then the drill warns "the battery is too low for 2 holes"
    And the battery shows "0%"
