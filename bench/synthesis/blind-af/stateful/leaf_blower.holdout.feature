Feature: Battery leaf blower
  The leaf blower has three power levels. A minute of blowing uses 1 percent of the
  battery on "eco", 2 percent on "normal" and 5 percent on "boost". A run longer than the
  battery allows is refused, and "boost" can only be chosen with at least 20 percent left.
  Charging adds 2 percent a minute, up to 100 percent.

  Scenario: from boost down to normal
    Given the blower is on "boost" with the battery at 60 percent
    When the blower runs for 8 minutes
    And the level is set to "normal"
    And the blower runs for 11 minutes
    Then the blower flashes "the battery only lasts 10 more minutes"
    When the blower runs for 9 minutes
    Then the battery shows 2 percent

  Scenario: charging up for boost
    Given the blower is on "normal" with the battery at 10 percent
    When the level is set to "boost"
    Then the blower flashes "boost needs at least 20 percent"
    When the battery is charged for 20 minutes
    And the level is set to "boost"
    And the blower runs for 6 minutes
    Then the battery shows 20 percent
    And the level is "boost"

  Scenario: topping up after a long eco run
    Given the blower is on "eco" with the battery at 100 percent
    When the battery is charged for 3 minutes
    Then the blower flashes "the battery is already full"
    When the blower runs for 45 minutes
    And the battery is charged for 30 minutes
    Then the battery shows 100 percent
