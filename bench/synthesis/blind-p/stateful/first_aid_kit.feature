Feature: First aid kit

  Scenario: a morning of small cuts and a box of bandages
    Given the kit holds 20 plasters, 3 bandages and 10 wipes
    When 4 plasters are used
    And 2 wipes are used
    And the kit is restocked with 5 bandages
    Then the kit has 16 plasters
    And the kit has 8 wipes
    And the kit has 8 bandages

  Scenario: not enough bandages
    Given the kit holds 5 plasters, 3 bandages and 6 wipes
    When 1 bandage is used
    And 4 bandages are used
    Then the first aider is told "only 2 bandages left"
    And the kit has 2 bandages

  Scenario: an empty box
    Given the kit holds 2 plasters, 0 bandages and 4 wipes
    When 2 plasters are used
    And 1 plaster is used
    Then the first aider is told "no plasters left"
    When 3 bandages are used
    Then the first aider is told "no bandages left"
    And the kit has 0 plasters
    And the kit has 4 wipes
    When the kit is restocked with 6 wipes
    Then the kit has 10 wipes

  Scenario: restocking after a busy day
    Given the kit holds 3 plasters, 1 bandage and 0 wipes
    When the kit is restocked with 10 wipes
    And the kit is restocked with 20 plasters
    And 3 wipes are used
    And 30 plasters are used
    Then the first aider is told "only 23 plasters left"
    And the kit has 23 plasters
    And the kit has 7 wipes
    And the kit has 1 bandage

  Scenario: new bandages but too few wipes
    Given the kit holds 0 plasters, 0 bandages and 2 wipes
    When the kit is restocked with 4 bandages
    And 3 wipes are used
    Then the first aider is told "only 2 wipes left"
    When 2 bandages are used
    And the kit is restocked with 6 plasters
    And 5 plasters are used
    And 2 wipes are used
    And 1 wipe is used
    Then the first aider is told "no wipes left"
    And the kit has 2 bandages
    And the kit has 0 wipes
    And the kit has 1 plaster
