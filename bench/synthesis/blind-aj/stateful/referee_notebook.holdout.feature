Feature: Referee's notebook
  The referee books players by shirt number. A second yellow card, or a straight
  red, sends a player off, and a player who has been sent off cannot be shown
  another card. If a team is down to fewer than 7 players the match is
  abandoned, and after that no more cards are shown.

  Scenario: a yellow and then a red
    Given a match between "Rovers" and "United" with 11 players a side
    When number 10 of "United" is shown a yellow card
    And number 10 of "United" is shown a red card
    Then number 10 of "United" is "sent off"
    And "United" have 10 players on the pitch
    When number 10 of "United" is shown a yellow card
    Then the notebook says "number 10 has already been sent off"

  Scenario: two bookings on one side
    Given a match between "Rovers" and "United" with 11 players a side
    When number 3 of "Rovers" is shown a yellow card
    And number 6 of "Rovers" is shown a yellow card
    And number 3 of "Rovers" is shown a yellow card
    Then number 6 of "Rovers" is "booked"
    And "Rovers" have 10 players on the pitch
    And the match is "on"

  Scenario: down to six
    Given a match between "Rovers" and "United" with 11 players a side
    When number 1 of "Rovers" is shown a red card
    And number 2 of "Rovers" is shown a red card
    And number 3 of "Rovers" is shown a red card
    And number 4 of "Rovers" is shown a red card
    And number 5 of "Rovers" is shown a yellow card
    And number 5 of "Rovers" is shown a yellow card
    Then "Rovers" have 6 players on the pitch
    And the match is "abandoned"
    When number 9 of "United" is shown a yellow card
    Then the notebook says "the match has been abandoned"
