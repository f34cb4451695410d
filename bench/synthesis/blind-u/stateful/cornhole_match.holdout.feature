Feature: Cornhole match
  The Gulls and the Terns play to exactly 21 points. A round that would take a team past 21
  sends that team back to 15 instead. As soon as a team reaches 21 the match is over.

  Scenario: a longer opening
    Given a new match
    When the Terns score 8 in a round
    And the Gulls score 6 in a round
    And the Terns score 9 in a round
    And the Gulls score 12 in a round
    Then the score is Gulls 18, Terns 17

  Scenario: the Gulls overshoot and the Terns finish
    Given the score is Gulls 19, Terns 16
    When the Gulls score 5 in a round
    And the Terns score 5 in a round
    Then the Terns have won
    And the score is Gulls 15, Terns 21
    When the Terns score 2 in a round
    Then the round is refused with "the match is over"

  Scenario: level at 17
    Given the score is Gulls 17, Terns 17
    When the Terns score 6 in a round
    And the Gulls score 4 in a round
    Then the Gulls have won
    And the score is Gulls 21, Terns 15
