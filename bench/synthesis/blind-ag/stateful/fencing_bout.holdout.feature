Feature: Fencing pool bout
  A pool bout is fenced to 5 touches and is over as soon as either fencer reaches 5, however
  the touch was given. A double touch gives each fencer a touch. A fencer's first card is
  only a warning; every card after that gives the other fencer a touch. The score reads
  with the first named fencer first.

  Scenario: cards and a comeback
    Given a bout between "Ana" and "Bea"
    When "Ana" scores 2 touches
    And a double touch is given
    And "Ana" is shown a card
    And "Ana" is shown a card
    Then the score reads "3-2"
    When "Bea" scores 3 touches
    Then the score reads "3-5"
    And the winner is "Bea"
    And the bout is "over"

  Scenario: a stranger and three cards
    Given a bout between "Ana" and "Bea"
    When "Dan" scores a touch
    Then the referee refuses with "Dan is not in this bout"
    When "Bea" is shown a card
    And "Bea" is shown a card
    And "Bea" is shown a card
    Then the score reads "2-0"

  Scenario: won on a card
    Given a bout between "Ana" and "Bea"
    When "Ana" scores 4 touches
    And "Bea" is shown a card
    And "Bea" is shown a card
    Then the score reads "5-0"
    And the winner is "Ana"
    When "Bea" scores a touch
    Then the referee refuses with "the bout is over"
