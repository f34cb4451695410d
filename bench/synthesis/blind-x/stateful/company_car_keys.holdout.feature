Feature: Company car keys
  Staff sign the keys of the van, the estate and the hatchback out and back in at
  reception. Nobody has more than one car at a time.

  Scenario: the hatchback changes hands
    Given all three cars are at reception
    When Kim signs out the hatchback
    And Kim returns the hatchback
    And Lee signs out the hatchback
    Then the hatchback is with Lee
    And the key board is holding 2

  Scenario: waiting for the estate
    Given Dan has the estate
    When Kim signs out the estate
    Then reception says "the estate is already out"
    When Dan signs out the van
    Then reception says "Dan already has the estate"
    When Dan returns the estate
    And Dan signs out the van
    Then the van is with Dan
    And the estate is at reception

  Scenario: the wrong keys handed in
    Given Priya has the van
    And Dan has the hatchback
    When Priya returns the hatchback
    Then reception says "Priya does not have the hatchback"
    When Dan returns the hatchback
    And Kim returns the estate
    Then reception says "Kim does not have the estate"
    And the key board is holding 2
