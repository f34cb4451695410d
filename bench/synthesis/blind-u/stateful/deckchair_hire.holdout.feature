Feature: Deckchair hire on the promenade
  There are 30 deckchairs on the stack. Each chair hired costs 3.50, paid when it is hired, and
  chairs come back to the stack later. When it starts to rain every chair comes back and no
  chairs are hired until the sun comes out again.

  Scenario: a sunny afternoon
    Given all the chairs are on the stack
    When 12 chairs are hired
    And 9 chairs are hired
    And 5 chairs come back
    And 15 chairs are hired
    Then the attendant says "only 14 chairs left"
    And the takings are 73.50
    And the stack has 14 chairs

  Scenario: after the rain every chair goes
    Given 20 chairs are already out
    When it starts to rain
    And 4 chairs are hired
    Then the attendant says "closed for rain"
    When the sun comes out
    And 30 chairs are hired
    Then the stack has 0 chairs
    And the takings are 105.00
    When 2 chairs come back
    Then the stack has 2 chairs

  Scenario: early chairs back
    Given 6 chairs are already out
    When 6 chairs come back
    And 7 chairs are hired
    And 9 chairs come back
    Then the attendant says "only 7 chairs are out"
    And the takings are 24.50
    And the stack has 23 chairs
