Feature: Deckchair hire on the promenade
  There are 30 deckchairs on the stack. Each chair hired costs 3.50, paid when it is hired, and
  chairs come back to the stack later. When it starts to rain every chair comes back and no
  chairs are hired until the sun comes out again.

  Scenario: hiring chairs
    Given all the chairs are on the stack
    When 4 chairs are hired
    And 6 chairs are hired
    Then the stack has 20 chairs
    And the takings are 35.00
    When 3 chairs come back
    Then the stack has 23 chairs
    And the takings are 35.00

  Scenario: not enough chairs
    Given 27 chairs are already out
    When 5 chairs are hired
    Then the attendant says "only 3 chairs left"
    When 3 chairs are hired
    Then the stack has 0 chairs
    And the takings are 10.50
    When 2 chairs are hired
    Then the attendant says "no chairs left"

  Scenario: more back than went out
    Given 4 chairs are already out
    When 6 chairs come back
    Then the attendant says "only 4 chairs are out"
    When 4 chairs come back
    Then the stack has 30 chairs
    When 2 chairs come back
    Then the attendant says "no chairs are out"

  Scenario: a shower
    Given all the chairs are on the stack
    When 8 chairs are hired
    And it starts to rain
    Then the stack has 30 chairs
    And the takings are 28.00
    When 2 chairs are hired
    Then the attendant says "closed for rain"
    When the sun comes out
    And 2 chairs are hired
    Then the stack has 28 chairs
    And the takings are 35.00

  Scenario: rain with chairs already out
    Given 10 chairs are already out
    When 5 chairs are hired
    And it starts to rain
    And 3 chairs come back
    Then the attendant says "no chairs are out"
    And the stack has 30 chairs
    And the takings are 17.50
    When the sun comes out
    And 12 chairs are hired
    Then the takings are 59.50
    And the stack has 18 chairs
