Feature: Kayak rack at the canoe club
  The rack has six slots, numbered 1 to 6. Each member keeps at most one kayak on it, and only
  the owner may take a kayak down.

  Scenario: out on the water
    Given the rack is empty
    When Ola stores a kayak in slot 6
    And Jay stores a kayak in slot 6
    Then the rack says "slot 6 is taken"
    When Jay stores a kayak in slot 2
    And Ola takes the kayak from slot 6
    Then the free slots are "1, 3, 4, 5, 6"
    And slot 2 holds Jay's kayak

  Scenario: moving to another slot
    Given Pat's kayak is in slot 1
    And Kim's kayak is in slot 3
    When Kim takes the kayak from slot 1
    Then the rack says "slot 1 holds Pat's kayak"
    When Kim stores a kayak in slot 4
    Then the rack says "Kim already has a kayak on the rack"
    When Kim takes the kayak from slot 3
    And Kim stores a kayak in slot 4
    Then the free slots are "2, 3, 5, 6"

  Scenario: wrong slot numbers
    Given Jay's kayak is in slot 5
    When Jay takes the kayak from slot 2
    Then the rack says "slot 2 is empty"
    When Ola stores a kayak in slot 8
    Then the rack says "there is no slot 8"
    When Ola stores a kayak in slot 3
    Then slot 3 holds Ola's kayak
    And slot 5 holds Jay's kayak
