Feature: Ice cube tray

  Scenario: a party
    Given a tray holding 10 cubes
    When 4 cubes are taken out
    And 3 cubes are taken out
    Then the cube count is 3
    When 5 cubes are taken out
    Then it is refused with "only 3 cubes left"
    When 3 cubes are taken out
    And the tray is refilled and frozen
    Then the cube count is 12

  Scenario: nothing in the tray yet
    Given an empty tray
    When 2 cubes are taken out
    Then it is refused with "the tray is empty"
    When the tray is refilled and frozen
    And 12 cubes are taken out
    Then the cube count is 0

  Scenario: refilling too soon
    Given a tray holding 7 cubes
    When the tray is refilled and frozen
    Then it is refused with "the tray still has cubes in it"
    When 2 cubes are taken out
    Then the cube count is 5
