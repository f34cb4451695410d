Feature: Scout camp bunks
  The hut has bunks numbered 1 to 6, one scout to a bunk and one bunk to a scout.

  Scenario: a clash and two leaving
    Given all bunks are free
    When Gus takes bunk 6
    And Hal takes bunk 6
    Then the leader says "bunk 6 is taken"
    When Hal takes bunk 5
    And Gus moves out
    And Hal moves out
    Then bunk 5 is free
    And the free bunk count is 6

  Scenario: muddled arrivals
    Given all bunks are free
    When Gus takes bunk 8
    Then the leader says "there is no bunk 8"
    When Gus takes bunk 2
    And Gus takes bunk 4
    Then the leader says "Gus already has bunk 2"
    When Ivy moves out
    Then the leader says "Ivy has no bunk"
    And bunk 2 belongs to "Gus"
    And the free bunk count is 5

  Scenario: a freed bunk goes to a newcomer
    Given all bunks are free
    When Gus takes bunk 1
    And Hal takes bunk 2
    And Ivy takes bunk 3
    And Hal moves out
    And Ivy takes bunk 2
    Then the leader says "Ivy already has bunk 3"
    When Jo takes bunk 2
    Then bunk 2 belongs to "Jo"
    And the free bunk count is 3
