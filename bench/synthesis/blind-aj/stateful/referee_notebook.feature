Feature: Referee's notebook
  The referee books players by shirt number. A second yellow card, or a straight
  red, sends a player off, and a player who has been sent off cannot be shown
  another card. If a team is down to fewer than 7 players the match is
  abandoned, and after that no more cards are shown.

  Scenario: a booking
    Given a match between "Rovers" and "United" with 11 players a side
    When number 4 of "Rovers" is shown a yellow card
    Then number 4 of "Rovers" is "booked"
    And "Rovers" have 11 players on the pitch

  Scenario: a second yellow
    Given a match between "Rovers" and "United" with 11 players a side
    When number 7 of "United" is shown a yellow card
    And number 7 of "United" is shown a yellow card
    Then number 7 of "United" is "sent off"
    And "United" have 10 players on the pitch

  Scenario: a straight red
    Given a match between "Rovers" and "United" with 11 players a side
    When number 5 of "Rovers" is shown a red card
    Then "Rovers" have 10 players on the pitch
    When number 5 of "Rovers" is shown a yellow card
    Then the notebook says "number 5 has already been sent off"
    And "Rovers" have 10 players on the pitch

  Scenario: abandoned
    Given a match between "Rovers" and "United" with 11 players a side
    When number 2 of "United" is shown a red card
    And number 3 of "United" is shown a red card
    And number 4 of "United" is shown a red card
    And number 5 of "United" is shown a red card
    And number 6 of "United" is shown a red card
    Then the match is "abandoned"
    When number 8 of "Rovers" is shown a yellow card
    Then the notebook says "the match has been abandoned"

  Scenario: the same number on both sides
    Given a match between "Rovers" and "United" with 11 players a side
    When number 9 of "Rovers" is shown a yellow card
    And number 9 of "United" is shown a yellow card
    Then number 9 of "United" is "booked"
    And "United" have 11 players on the pitch
    And the match is "on"
