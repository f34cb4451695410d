Feature: Arcade tokens

  Scenario: a game of air hockey
    Given Maria has 4 tokens
    When Maria plays "air hockey"
    Then Maria has 2 tokens

  Scenario: buying tokens
    Given Leo has 0 tokens
    When Leo buys 5 tokens
    Then Leo has 5 tokens
    And Leo has spent 2.00
    When Leo plays "claw machine"
    Then Leo has 2 tokens

  Scenario: not enough for the claw
    Given Ava has 2 tokens
    When Ava plays "claw machine"
    Then the game is refused with "not enough tokens"
    And Ava has 2 tokens
    When Ava buys 1 token
    And Ava plays "claw machine"
    Then Ava has 0 tokens
    And Ava has spent 0.40

  Scenario: brother and sister
    Given Sam has 1 token
    And Mia has 6 tokens
    When Mia plays "air hockey"
    And Sam plays "air hockey"
    Then the game is refused with "not enough tokens"
    And Mia has 4 tokens
    And Sam has 1 token
