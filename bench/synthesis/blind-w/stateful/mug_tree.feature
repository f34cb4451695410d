Feature: Mug tree

  Scenario: hanging mugs up
    Given the mug tree holds 0 mugs
    When 2 mugs are hung up
    And 3 mugs are hung up
    Then the mug tree holds 5 mugs

  Scenario: taking mugs down for tea
    Given the mug tree holds 4 mugs
    When 3 mugs are taken down
    And 2 mugs are hung up
    Then the mug tree holds 3 mugs

  Scenario: too many to hang
    Given the mug tree holds 4 mugs
    When 3 mugs are hung up
    Then the tree refuses with "not enough free hooks"
    When 2 mugs are hung up
    Then the mug tree holds 6 mugs

  Scenario: not that many mugs
    Given the mug tree holds 2 mugs
    When 3 mugs are taken down
    Then the tree refuses with "not enough mugs on the tree"
    When 2 mugs are taken down
    Then the mug tree holds 0 mugs

  Scenario: a full tree
    Given the mug tree holds 6 mugs
    When 2 mugs are hung up
    Then the tree refuses with "not enough free hooks"
    When 4 mugs are taken down
    Then the mug tree holds 2 mugs
