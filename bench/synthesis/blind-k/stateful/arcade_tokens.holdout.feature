Feature: Arcade tokens

  Scenario: a big spender
    Given Noah has 3 tokens
    When Noah buys 12 tokens
    And Noah plays "claw machine"
    And Noah plays "claw machine"
    And Noah plays "air hockey"
    Then Noah has 7 tokens
    And Noah has spent 4.80

  Scenario: one token at a time
    Given Isla has 0 tokens
    When Isla plays "air hockey"
    Then the game is refused with "not enough tokens"
    When Isla buys 1 token
    And Isla plays "air hockey"
    Then the game is refused with "not enough tokens"
    When Isla buys 1 token
    And Isla plays "air hockey"
    Then Isla has 0 tokens
    And Isla has spent 0.80
