Feature: Theatre curtain times
  The first act starts at curtain up and runs its length, then comes a 20 minute interval,
  then the second act. The curtain comes down at the end of the second act. The audience can
  catch the last train only if the curtain is down by 22:30 on the same evening.

  Scenario Outline: timing an evening at the theatre
    Given the curtain goes up at "<start>"
    And the first act lasts <act1> minutes
    And the second act lasts <act2> minutes
    When the evening is timed
    Then the curtain comes down at "<end>"
    And the last train can be caught: <train>

    Examples:
      | start | act1 | act2 | end   | train |
      | 19:30 | 65   | 55   | 21:50 | yes   |
      | 19:30 | 80   | 70   | 22:20 | yes   |
      | 19:45 | 75   | 70   | 22:30 | yes   |
      | 19:45 | 75   | 71   | 22:31 | no    |
      | 14:30 | 60   | 45   | 16:35 | yes   |
      | 20:00 | 90   | 80   | 23:10 | no    |
      | 19:00 | 55   | 50   | 21:05 | yes   |
      | 21:30 | 70   | 65   | 00:05 | no    |
      | 19:15 | 45   | 40   | 21:00 | yes   |
