Feature: Laser tag group booking
  Each player pays 6.50 a game. Groups of 10 or more players get 15% off the whole booking,
  rounded to the nearest penny with halves going up.

  Scenario Outline: pricing a group booking
    Given a group of <players> players
    And the games per player are <games>
    When the booking is priced
    Then the total is <total>

    Examples:
      | players | games | total  |
      | 3       | 2     | 39.00  |
      | 15      | 1     | 82.88  |
      | 10      | 3     | 165.75 |
      | 17      | 2     | 187.85 |
      | 5       | 1     | 32.50  |
      | 21      | 1     | 116.03 |
