Feature: Mug tree

  Scenario: after the washing up
    Given the mug tree holds 3 mugs
    When 3 mugs are hung up
    And 2 mugs are taken down
    And 5 mugs are taken down
    Then the tree refuses with "not enough mugs on the tree"
    And the mug tree holds 4 mugs

  Scenario: starting bare
    Given the mug tree holds 0 mugs
    When 2 mugs are taken down
    Then the tree refuses with "not enough mugs on the tree"
    When 5 mugs are hung up
    And 2 mugs are hung up
    Then the tree refuses with "not enough free hooks"
    And the mug tree holds 5 mugs

  Scenario: emptied and filled
    Given the mug tree holds 5 mugs
    When 5 mugs are taken down
    And 6 mugs are hung up
    Then the mug tree holds 6 mugs
