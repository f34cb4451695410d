Feature: Laminator
  The laminator needs 4 minutes to warm up after it is switched on before it takes a pouch. It runs
  at 80 or 125 micron, and a pouch must match the setting. Changing the setting while it is on adds
  2 minutes to the warming time left; changing it while it is off needs no extra warming.

  Scenario: a pouch too early
    Given the laminator is off at 125 micron
    When the laminator is switched on
    And 2 minutes pass
    And a pouch of 125 micron is fed in
    Then the laminator beeps "the laminator is still warming up"
    When 2 minutes pass
    And a pouch of 125 micron is fed in
    And a pouch of 125 micron is fed in
    Then the pouches laminated are 2
    And the light shows "ready"

  Scenario: changing back and forth
    Given the laminator is off at 80 micron
    When the laminator is switched on
    And 4 minutes pass
    And the setting is changed to 125 micron
    And a pouch of 125 micron is fed in
    Then the laminator beeps "the laminator is still warming up"
    When 3 minutes pass
    And a pouch of 125 micron is fed in
    And the setting is changed to 80 micron
    And 2 minutes pass
    And a pouch of 80 micron is fed in
    Then the pouches laminated are 2
    And the setting is 80 micron

  Scenario: set while off
    Given the laminator is off at 125 micron
    When the setting is changed to 80 micron
    And the laminator is switched on
    And a pouch of 80 micron is fed in
    Then the laminator beeps "the laminator is still warming up"
    When 5 minutes pass
    And a pouch of 125 micron is fed in
    Then the laminator beeps "set it to 125 micron first"
    When the laminator is switched off
    And a pouch of 80 micron is fed in
    Then the laminator beeps "switch the laminator on first"
    And the light shows "off"
    And the pouches laminated are 0
