Feature: First aid kit

  Scenario: wipes run out, bandages come in
    Given the kit holds 12 plasters, 5 bandages and 3 wipes
    When 3 wipes are used
    And 1 wipe is used
    Then the first aider is told "no wipes left"
    When the kit is restocked with 6 bandages
    And 7 bandages are used
    Then the kit has 4 bandages
    And the kit has 12 plasters

  Scenario: asking for too many plasters
    Given the kit holds 8 plasters, 2 bandages and 9 wipes
    When 10 plasters are used
    Then the first aider is told "only 8 plasters left"
    When 8 plasters are used
    And the kit is restocked with 15 plasters
    Then the kit has 15 plasters
    And the kit has 9 wipes

  Scenario: the last bandage
    Given the kit holds 0 plasters, 1 bandage and 5 wipes
    When 1 bandage is used
    And 1 bandage is used
    Then the first aider is told "no bandages left"
    When the kit is restocked with 12 wipes
    Then the kit has 17 wipes
    And the kit has 0 bandages
