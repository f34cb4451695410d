Feature: Tablet storage
  The tablet has 32 GB, of which the system always takes 12 GB. An app that does not fit in
  the free space is not installed. Apps are listed in the order they were installed.

  Scenario: installing two apps
    Given a new tablet with no apps
    When "Maps" is installed, taking 3 GB
    And "Chess" is installed, taking 2 GB
    Then the free space is 15 GB
    And the apps are "Maps, Chess"

  Scenario: an app that does not fit
    Given a new tablet with no apps
    When "Films" is installed, taking 14 GB
    And "Games" is installed, taking 8 GB
    Then the tablet says "not enough space: 6 GB free"
    When "Games" is installed, taking 6 GB
    Then the free space is 0 GB

  Scenario: removing an app
    Given "Maps" is installed, taking 4 GB
    And "Radio" is installed, taking 5 GB
    When "Maps" is removed
    Then the free space is 15 GB
    And the apps are "Radio"
    When "Maps" is removed
    Then the tablet says "Maps is not installed"

  Scenario: installing twice
    Given a new tablet with no apps
    When "Chess" is installed, taking 2 GB
    And "Chess" is installed, taking 2 GB
    Then the tablet says "Chess is already installed"
    When "Notes" is installed, taking 1 GB
    Then the apps are "Chess, Notes"
    And the free space is 17 GB
