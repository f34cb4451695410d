Feature: Fountain pen cartridges
  A cartridge writes 40 pages. A new cartridge goes in only once the pen has run dry.

  Scenario: the first cartridge
    Given a box of 5 cartridges and a dry pen
    When a cartridge is fitted
    And 15 pages are written
    Then the pen has ink for 25 pages
    And the cartridges in the box are 4

  Scenario: running dry
    Given a box of 2 cartridges and a dry pen
    When a cartridge is fitted
    And 30 pages are written
    And 12 pages are written
    Then the writer is told "the ink runs out after 10 pages"
    When 10 pages are written
    And a cartridge is fitted
    Then the cartridges in the box are 0
    And the pen has ink for 40 pages

  Scenario: still ink in the pen
    Given a box of 3 cartridges and a dry pen
    When a cartridge is fitted
    And a cartridge is fitted
    Then the writer is told "the pen still has ink"
    And the cartridges in the box are 2

  Scenario: an empty box
    Given a box of 0 cartridges and a dry pen
    When a cartridge is fitted
    Then the writer is told "the box is empty"
    When a box of 6 cartridges is opened
    And a cartridge is fitted
    Then the cartridges in the box are 5

  Scenario: a whole cartridge used
    Given a box of 0 cartridges and a dry pen
    When a box of 10 cartridges is opened
    And a cartridge is fitted
    And 40 pages are written
    Then the pen has ink for 0 pages
    When a cartridge is fitted
    Then the cartridges in the box are 8
