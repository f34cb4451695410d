Feature: Loo rolls in the cupboard

  Scenario: stocking up
    Given the cupboard has 6 rolls
    When a pack of 9 rolls is put away
    And a pack of 9 rolls is put away
    Then the roll count is 24

  Scenario: using them up
    Given the cupboard has 3 rolls
    When a roll is taken
    And a roll is taken
    Then the roll count is 1
    When a roll is taken
    Then the roll count is 0
    When a roll is taken
    Then it is refused with "the cupboard is empty"

  Scenario: a pack that does not fit
    Given the cupboard has 16 rolls
    When a pack of 9 rolls is put away
    Then it is refused with "the pack will not fit"
    And the roll count is 16
    When a pack of 4 rolls is put away
    Then the roll count is 20
    When a pack of 4 rolls is put away
    Then the roll count is 24

  Scenario: a full cupboard
    Given the cupboard has 24 rolls
    When a pack of 4 rolls is put away
    Then it is refused with "the pack will not fit"
    When a roll is taken
    Then the roll count is 23
