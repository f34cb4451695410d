Feature: Battery leaf blower
  The leaf blower has three power levels. A minute of blowing uses 1 percent of the
  battery on "eco", 2 percent on "normal" and 5 percent on "boost". A run longer than the
  battery allows is refused, and "boost" can only be chosen with at least 20 percent left.
  Charging adds 2 percent a minute, up to 100 percent.

  Scenario: blowing on normal and boost
    Given the blower is on "normal" with the battery at 100 percent
    When the blower runs for 10 minutes
    Then the battery shows 80 percent
    When the level is set to "boost"
    And the blower runs for 12 minutes
    Then the battery shows 20 percent
    When the blower runs for 5 minutes
    Then the blower flashes "the battery only lasts 4 more minutes"

  Scenario: running the battery flat on eco
    Given the blower is on "eco" with the battery at 30 percent
    When the blower runs for 25 minutes
    Then the battery shows 5 percent
    When the blower runs for 6 minutes
    Then the blower flashes "the battery only lasts 5 more minutes"
    When the blower runs for 5 minutes
    Then the battery shows 0 percent

  Scenario: boost needs charge
    Given the blower is on "eco" with the battery at 15 percent
    When the level is set to "boost"
    Then the blower flashes "boost needs at least 20 percent"
    When the battery is charged for 10 minutes
    And the blower runs for 15 minutes
    And the level is set to "boost"
    Then the level is "boost"
    And the battery shows 20 percent

  Scenario: charging stops at full
    Given the blower is on "normal" with the battery at 90 percent
    When the battery is charged for 8 minutes
    Then the battery shows 100 percent
    When the battery is charged for 5 minutes
    Then the blower flashes "the battery is already full"
    When the blower runs for 30 minutes
    Then the battery shows 40 percent
