Feature: Toaster

  Scenario: the middle setting
    Given the toaster dial is at 3
    When I push the lever down
    Then the toast comes out "golden"

  Scenario: turning the dial up
    Given the toaster dial is at 3
    When I turn the dial to 5
    And I push the lever down
    Then the toast comes out "dark"

  Scenario: a low setting
    Given the toaster dial is at 2
    When I push the lever down
    Then the toast comes out "light"

  Scenario: unplugged
    Given the toaster dial is at 4
    And the toaster is unplugged
    When I push the lever down
    Then the lever will not stay down
    When I plug in the toaster
    And I push the lever down
    Then the toast comes out "golden"
