Feature: Fencing pool bout
  A pool bout is fenced to 5 touches and is over as soon as either fencer reaches 5, however
  the touch was given. A double touch gives each fencer a touch. A fencer's first card is
  only a warning; every card after that gives the other fencer a touch. The score reads
  with the first named fencer first.

  Scenario: first to five
    Given a bout between "Ana" and "Bea"
    When "Ana" scores 3 touches
    And "Bea" scores a touch
    And "Ana" scores 2 touches
    Then the score reads "5-1"
    And the bout is "over"
    And the winner is "Ana"

  Scenario: double touches
    Given a bout between "Ana" and "Bea"
    When a double touch is given
    And "Bea" scores 2 touches
    And a double touch is given
    Then the score reads "2-4"
    And the bout is "on"

  Scenario: cards
    Given a bout between "Ana" and "Bea"
    When "Bea" is shown a card
    Then the score reads "0-0"
    When "Bea" is shown a card
    Then the score reads "1-0"
    When "Ana" is shown a card
    And "Bea" is shown a card
    Then the score reads "2-0"

  Scenario: nothing more after the end
    Given a bout between "Ana" and "Bea"
    When "Bea" scores 4 touches
    And "Ana" scores 3 touches
    And "Bea" scores a touch
    Then the winner is "Bea"
    When "Ana" scores a touch
    Then the referee refuses with "the bout is over"
    And the score reads "3-5"

  Scenario: somebody else
    Given a bout between "Ana" and "Bea"
    When "Cal" scores a touch
    Then the referee refuses with "Cal is not in this bout"
    And the score reads "0-0"
    And the bout is "on"
