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
      | 19:30 | 70   | 60   | 22:00 | yes   |
      | 20:15 | 75   | 60   | 22:50 | no    |
      | 18:00 | 50   | 40   | 19:50 | yes   |
      | 19:50 | 60   | 60   | 22:10 | yes   |
      | 22:10 | 60   | 45   | 00:15 | no    |
      | 19:40 | 85   | 65   | 22:30 | yes   |
