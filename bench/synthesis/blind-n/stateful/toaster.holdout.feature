Feature: Toaster

  Scenario: the top setting
    Given the toaster dial is at 6
    When I push the lever down
    Then the toast comes out "dark"

  Scenario: turning the dial down
    Given the toaster dial is at 5
    When I turn the dial to 1
    And I push the lever down
    Then the toast comes out "light"

  Scenario: set while unplugged
    Given the toaster dial is at 2
    And the toaster is unplugged
    When I turn the dial to 6
    And I plug in the toaster
    And I push the lever down
    Then the toast comes out "dark"
