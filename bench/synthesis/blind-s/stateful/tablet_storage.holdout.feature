Feature: Tablet storage
  The tablet has 32 GB, of which the system always takes 12 GB. An app that does not fit in
  the free space is not installed. Apps are listed in the order they were installed.

  Scenario: nearly full
    Given a new tablet with no apps
    When "Radio" is installed, taking 7 GB
    And "Films" is installed, taking 9 GB
    And "Notes" is installed, taking 3 GB
    Then the free space is 1 GB
    And the apps are "Radio, Films, Notes"

  Scenario: making room
    Given "Games" is installed, taking 10 GB
    When "Films" is installed, taking 11 GB
    Then the tablet says "not enough space: 10 GB free"
    When "Games" is removed
    And "Films" is installed, taking 11 GB
    Then the free space is 9 GB
    And the apps are "Films"

  Scenario: mistakes with names
    Given "Chess" is installed, taking 2 GB
    And "Maps" is installed, taking 3 GB
    When "Maps" is installed, taking 3 GB
    Then the tablet says "Maps is already installed"
    When "Radio" is removed
    Then the tablet says "Radio is not installed"
    When "Chess" is removed
    And "Radio" is installed, taking 4 GB
    Then the apps are "Maps, Radio"
    And the free space is 13 GB
