Feature: Snooker break
  A break must go red, colour, red, colour and so on, starting with a red. A red is worth 1;
  yellow 2, green 3, brown 4, blue 5, pink 6 and black 7. Potting the wrong kind of ball is a
  foul: it scores nothing and ends the break, though the points already made stand. A miss
  ends the break too. The highest break so far counts every break, the current one included.

  Scenario: red, black, red, pink
    Given the first player comes to the table
    When a red is potted
    And the black is potted
    And a red is potted
    And the pink is potted
    Then the break is 15

  Scenario: two colours in a row
    Given the first player comes to the table
    When a red is potted
    And the blue is potted
    And the green is potted
    Then the referee calls "foul, a red was on"
    And the break is 6
    When a red is potted
    Then the referee calls "the break is over"

  Scenario: two reds in a row
    Given the first player comes to the table
    When the yellow is potted
    Then the referee calls "foul, a red was on"
    When the next player comes to the table
    And a red is potted
    And a red is potted
    Then the referee calls "foul, a colour was on"
    And the break is 1

  Scenario: the highest break
    Given the first player comes to the table
    When a red is potted
    And the black is potted
    And a red is potted
    And the brown is potted
    And the shot misses
    Then the break is 13
    When the pink is potted
    Then the referee calls "the break is over"
    When the next player comes to the table
    And a red is potted
    And the pink is potted
    Then the break is 7
    And the highest break so far is 13
    When a red is potted
    And the black is potted
    Then the highest break so far is 15

  Scenario: a miss straight away
    Given the first player comes to the table
    When the shot misses
    Then the break is 0
    And the highest break so far is 0
    When the next player comes to the table
    And a red is potted
    And the yellow is potted
    And a red is potted
    And the green is potted
    And the shot misses
    Then the highest break so far is 7
