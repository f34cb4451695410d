Feature: Kayak rack at the canoe club
  The rack has six slots, numbered 1 to 6. Each member keeps at most one kayak on it, and only
  the owner may take a kayak down.

  Scenario: storing two kayaks
    Given the rack is empty
    When Kim stores a kayak in slot 3
    And Jay stores a kayak in slot 1
    Then the free slots are "2, 4, 5, 6"
    And slot 3 holds Kim's kayak

  Scenario: a slot that is taken
    Given Kim's kayak is in slot 2
    When Jay stores a kayak in slot 2
    Then the rack says "slot 2 is taken"
    When Jay stores a kayak in slot 7
    Then the rack says "there is no slot 7"
    When Jay stores a kayak in slot 6
    Then the free slots are "1, 3, 4, 5"

  Scenario: taking a kayak down
    Given Kim's kayak is in slot 4
    When Ola takes the kayak from slot 4
    Then the rack says "slot 4 holds Kim's kayak"
    When Kim takes the kayak from slot 4
    Then slot 4 is empty
    When Kim takes the kayak from slot 4
    Then the rack says "slot 4 is empty"

  Scenario: one kayak each
    Given the rack is empty
    When Pat stores a kayak in slot 5
    And Pat stores a kayak in slot 2
    Then the rack says "Pat already has a kayak on the rack"
    When Ola stores a kayak in slot 1
    And Jay stores a kayak in slot 2
    And Kim stores a kayak in slot 3
    Then the free slots are "4, 6"
    When Ola takes the kayak from slot 1
    Then the free slots are "1, 4, 6"
    And slot 5 holds Pat's kayak
