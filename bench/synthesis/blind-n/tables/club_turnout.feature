Feature: Club turnout
  A vote is valid when at least 40% of the members voted. The turnout is shown as a whole percent, rounded to the nearest.

  Scenario Outline: the turnout of a club vote
    Given a club with <members> members
    And <voters> members voted
    When the turnout is worked out
    Then the turnout is <turnout> percent
    And the vote is valid: <valid>

    Examples:
      | members | voters | turnout | valid |
      | 100     | 40     | 40      | yes   |
      | 100     | 39     | 39      | no    |
      | 50      | 20     | 40      | yes   |
      | 53      | 21     | 40      | no    |
      | 80      | 60     | 75      | yes   |
      | 12      | 0      | 0       | no    |
      | 30      | 30     | 100     | yes   |
      | 70      | 29     | 41      | yes   |
      | 45      | 17     | 38      | no    |
