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
      | 200     | 80     | 40      | yes   |
      | 200     | 78     | 39      | no    |
      | 60      | 25     | 42      | yes   |
      | 9       | 4      | 44      | yes   |
      | 120     | 47     | 39      | no    |
      | 73      | 29     | 40      | no    |
