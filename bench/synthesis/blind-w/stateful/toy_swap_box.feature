Feature: Toy swap box
  Every toy left in the box earns the giver a token, and taking a toy out costs one. The box
  takes only one of each toy.

  Scenario: leaving toys
    Given the box is empty and nobody has tokens
    When Ivy leaves a "teddy"
    And Ivy leaves a "kite"
    Then Ivy's token count is 2
    And the box holds "teddy, kite"

  Scenario: no tokens yet
    Given the box is empty and nobody has tokens
    When Ivy leaves a "teddy"
    And Joe takes the "teddy"
    Then the volunteer says "Joe has no tokens"
    When Joe leaves a "ball"
    And Joe takes the "teddy"
    Then Joe's token count is 0
    And the box holds "ball"

  Scenario: taking everything back
    Given the box is empty and nobody has tokens
    When Ivy leaves a "teddy"
    And Ivy leaves a "kite"
    And Ivy takes the "ball"
    Then the volunteer says "there is no ball in the box"
    When Ivy takes the "kite"
    And Ivy takes the "teddy"
    Then Ivy's token count is 0
    And the box is empty

  Scenario: one of each
    Given the box is empty and nobody has tokens
    When Ivy leaves a "teddy"
    And Joe leaves a "teddy"
    Then the volunteer says "a teddy is already in the box"
    When Joe leaves a "drum"
    And Ivy takes the "drum"
    And Joe takes the "teddy"
    Then the box is empty
    And Ivy's token count is 0
    And Joe's token count is 0
