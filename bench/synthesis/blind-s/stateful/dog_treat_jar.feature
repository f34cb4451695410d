Feature: Dog treat jar
  The jar holds at most 20 treats. Each dog may have at most 3 treats a day; the count starts
  again every morning.

  Scenario: treats for two dogs
    Given the jar holds 10 treats
    When Rex is given a treat
    And Rex is given a treat
    And Bella is given a treat
    Then the jar holds 7 treats
    And Rex's treat count today is 2
    And Bella's treat count today is 1

  Scenario: the daily limit
    Given the jar holds 12 treats
    When Milo is given a treat
    And Milo is given a treat
    And Milo is given a treat
    And Milo is given a treat
    Then the treat is refused with "Milo has had 3 treats today"
    When a new day starts
    And Milo is given a treat
    Then Milo's treat count today is 1
    And the jar holds 8 treats

  Scenario: an empty jar
    Given the jar holds 2 treats
    When Rex is given a treat
    And Bella is given a treat
    And Milo is given a treat
    Then the treat is refused with "the jar is empty"
    When the jar is topped up with 15 treats
    Then the jar holds 15 treats
    When the jar is topped up with 8 treats
    Then the treat is refused with "the jar only has room for 5 more"

  Scenario: filling to the brim
    Given the jar holds 16 treats
    When the jar is topped up with 6 treats
    Then the treat is refused with "the jar only has room for 4 more"
    When the jar is topped up with 4 treats
    Then the jar holds 20 treats
