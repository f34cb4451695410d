Feature: Loo rolls in the cupboard

  Scenario: two big packs
    Given the cupboard has 0 rolls
    When a pack of 12 rolls is put away
    Then the roll count is 12
    When a pack of 12 rolls is put away
    Then the roll count is 24
    When a pack of 4 rolls is put away
    Then it is refused with "the pack will not fit"

  Scenario: running out before shopping
    Given the cupboard has 2 rolls
    When a roll is taken
    And a roll is taken
    And a roll is taken
    Then it is refused with "the cupboard is empty"
    And the roll count is 0
    When a pack of 9 rolls is put away
    Then the roll count is 9

  Scenario: making room first
    Given the cupboard has 20 rolls
    When a pack of 9 rolls is put away
    Then it is refused with "the pack will not fit"
    When a roll is taken
    And a roll is taken
    Then the roll count is 18
    When a pack of 4 rolls is put away
    Then the roll count is 22
