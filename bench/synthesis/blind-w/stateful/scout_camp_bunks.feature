Feature: Scout camp bunks
  The hut has bunks numbered 1 to 6, one scout to a bunk and one bunk to a scout.

  Scenario: choosing bunks
    Given all bunks are free
    When Ada takes bunk 3
    And Ben takes bunk 5
    Then bunk 3 belongs to "Ada"
    And the free bunk count is 4

  Scenario: a bunk already taken
    Given all bunks are free
    When Ada takes bunk 3
    And Ben takes bunk 3
    Then the leader says "bunk 3 is taken"
    When Ben takes bunk 4
    And Ada takes bunk 2
    Then the leader says "Ada already has bunk 3"
    And bunk 4 belongs to "Ben"
    And the free bunk count is 4

  Scenario: bunks that do not exist
    Given all bunks are free
    When Cal takes bunk 7
    Then the leader says "there is no bunk 7"
    When Cal takes bunk 0
    Then the leader says "there is no bunk 0"
    When Cal moves out
    Then the leader says "Cal has no bunk"
    When Cal takes bunk 6
    Then the free bunk count is 5

  Scenario: swapping round
    Given all bunks are free
    When Ada takes bunk 1
    And Ben takes bunk 2
    And Ada moves out
    And Ben takes bunk 1
    Then the leader says "Ben already has bunk 2"
    When Cal takes bunk 1
    Then bunk 1 belongs to "Cal"
    And bunk 2 belongs to "Ben"
    And the free bunk count is 4

  Scenario: a full hut
    Given all bunks are free
    When Ada takes bunk 1
    And Ben takes bunk 2
    And Cal takes bunk 3
    And Dot takes bunk 4
    And Eli takes bunk 5
    And Fay takes bunk 6
    Then the free bunk count is 0
    When Ben moves out
    Then bunk 2 is free
    And the free bunk count is 1
