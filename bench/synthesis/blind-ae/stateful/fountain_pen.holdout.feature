Feature: Fountain pen cartridges
  A cartridge writes 40 pages. A new cartridge goes in only once the pen has run dry.

  Scenario: a long letter
    Given a box of 4 cartridges and a dry pen
    When a cartridge is fitted
    And 25 pages are written
    And 20 pages are written
    Then the writer is told "the ink runs out after 15 pages"
    When 15 pages are written
    And a cartridge is fitted
    Then the cartridges in the box are 2
    And the pen has ink for 40 pages

  Scenario: a new box
    Given a box of 0 cartridges and a dry pen
    When a cartridge is fitted
    Then the writer is told "the box is empty"
    When a box of 12 cartridges is opened
    And a cartridge is fitted
    And a cartridge is fitted
    Then the writer is told "the pen still has ink"
    And the cartridges in the box are 11

  Scenario: the last cartridge
    Given a box of 2 cartridges and a dry pen
    When a cartridge is fitted
    And 40 pages are written
    And a cartridge is fitted
    And 8 pages are written
    Then the pen has ink for 32 pages
    And the cartridges in the box are 0
