Feature: Cornhole match
  The Gulls and the Terns play to exactly 21 points. A round that would take a team past 21
  sends that team back to 15 instead. As soon as a team reaches 21 the match is over.

  Scenario: scoring rounds
    Given a new match
    When the Gulls score 3 in a round
    And the Terns score 5 in a round
    And the Gulls score 4 in a round
    Then the score is Gulls 7, Terns 5

  Scenario: exactly 21 wins
    Given the score is Gulls 18, Terns 20
    When the Gulls score 3 in a round
    Then the score is Gulls 21, Terns 20
    And the Gulls have won
    When the Terns score 1 in a round
    Then the round is refused with "the match is over"

  Scenario: going past 21
    Given the score is Gulls 14, Terns 19
    When the Terns score 4 in a round
    Then the score is Gulls 14, Terns 15
    When the Gulls score 7 in a round
    Then the Gulls have won

  Scenario: one point too many
    Given the score is Gulls 20, Terns 11
    When the Gulls score 2 in a round
    Then the score is Gulls 15, Terns 11
    When the Terns score 10 in a round
    Then the Terns have won
    When the Gulls score 6 in a round
    Then the round is refused with "the match is over"
