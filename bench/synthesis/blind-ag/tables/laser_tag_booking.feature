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
      | 2       | 1     | 13.00  |
      | 4       | 3     | 78.00  |
      | 9       | 2     | 117.00 |
      | 10      | 1     | 55.25  |
      | 10      | 2     | 110.50 |
      | 13      | 1     | 71.83  |
      | 11      | 3     | 182.33 |
      | 12      | 2     | 132.60 |
      | 9       | 3     | 175.50 |
