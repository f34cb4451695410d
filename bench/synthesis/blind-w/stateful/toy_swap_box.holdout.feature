Feature: Toy swap box
  Every toy left in the box earns the giver a token, and taking a toy out costs one. The box
  takes only one of each toy.

  Scenario: a swap between two
    Given the box is empty and nobody has tokens
    When Amy leaves a "puzzle"
    And Amy leaves a "train"
    And Ben leaves a "doll"
    And Ben takes the "puzzle"
    And Amy takes the "doll"
    Then the box holds "train"
    And Amy's token count is 1
    And Ben's token count is 0

  Scenario: three refusals
    Given the box is empty and nobody has tokens
    When Amy leaves a "train"
    And Amy leaves a "train"
    Then the volunteer says "a train is already in the box"
    When Ben takes the "train"
    Then the volunteer says "Ben has no tokens"
    When Amy takes the "car"
    Then the volunteer says "there is no car in the box"
    And Amy's token count is 1
    And the box holds "train"

  Scenario: a toy comes back
    Given the box is empty and nobody has tokens
    When Amy leaves a "doll"
    And Ben leaves a "kite"
    And Ben takes the "doll"
    And Ben leaves a "doll"
    Then Ben's token count is 1
    And the box holds "kite, doll"
