Feature: Dog treat jar
  The jar holds at most 20 treats. Each dog may have at most 3 treats a day; the count starts
  again every morning.

  Scenario: one greedy dog
    Given the jar holds 6 treats
    When Bella is given a treat
    And Bella is given a treat
    And Bella is given a treat
    And Bella is given a treat
    Then the treat is refused with "Bella has had 3 treats today"
    When Rex is given a treat
    Then the jar holds 2 treats
    And Bella's treat count today is 3

  Scenario: a delivery of treats
    Given the jar holds 0 treats
    When Rex is given a treat
    Then the treat is refused with "the jar is empty"
    When the jar is topped up with 12 treats
    And the jar is topped up with 9 treats
    Then the treat is refused with "the jar only has room for 8 more"
    And the jar holds 12 treats

  Scenario: two days of treats
    Given the jar holds 9 treats
    When Milo is given a treat
    And Milo is given a treat
    And a new day starts
    And Milo is given a treat
    And Milo is given a treat
    And Milo is given a treat
    Then Milo's treat count today is 3
    And the jar holds 4 treats
