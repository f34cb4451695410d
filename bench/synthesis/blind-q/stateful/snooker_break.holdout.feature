Feature: Snooker break
  A break must go red, colour, red, colour and so on, starting with a red. A red is worth 1;
  yellow 2, green 3, brown 4, blue 5, pink 6 and black 7. Potting the wrong kind of ball is a
  foul: it scores nothing and ends the break, though the points already made stand. A miss
  ends the break too. The highest break so far counts every break, the current one included.

  Scenario: three blacks
    Given the first player comes to the table
    When a red is potted
    And the black is potted
    And a red is potted
    And the black is potted
    And a red is potted
    And the black is potted
    Then the break is 24
    When a red is potted
    And a red is potted
    Then the referee calls "foul, a colour was on"
    And the break is 25

  Scenario: the second player does better
    Given the first player comes to the table
    When a red is potted
    And the green is potted
    And the shot misses
    And the next player comes to the table
    And a red is potted
    And the brown is potted
    And a red is potted
    Then the highest break so far is 6
    When the blue is potted
    Then the break is 11

  Scenario: a foul on the first shot
    Given the first player comes to the table
    When the pink is potted
    Then the referee calls "foul, a red was on"
    When the black is potted
    Then the referee calls "the break is over"
    When the next player comes to the table
    And a red is potted
    And the yellow is potted
    Then the highest break so far is 3
