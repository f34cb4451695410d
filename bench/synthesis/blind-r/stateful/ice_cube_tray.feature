Feature: Ice cube tray

  Scenario: drinks for two
    Given a tray holding 12 cubes
    When 3 cubes are taken out
    And 4 cubes are taken out
    Then the cube count is 5

  Scenario: asking for too many
    Given a tray holding 6 cubes
    When 8 cubes are taken out
    Then it is refused with "only 6 cubes left"
    When 6 cubes are taken out
    Then the cube count is 0
    When 2 cubes are taken out
    Then it is refused with "the tray is empty"

  Scenario: refilling
    Given an empty tray
    When the tray is refilled and frozen
    Then the cube count is 12
    When 5 cubes are taken out
    And the tray is refilled and frozen
    Then it is refused with "the tray still has cubes in it"

  Scenario: using the tray up before refilling
    Given a tray holding 9 cubes
    When 2 cubes are taken out
    Then the cube count is 7
    When 7 cubes are taken out
    And the tray is refilled and frozen
    Then the cube count is 12
