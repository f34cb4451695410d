Feature: Meeting length
  Scenario Outline: length of a meeting in minutes
    Given a meeting of <hours> hours and <minutes> minutes
    When its length is computed
    Then the length is <length> minutes

    Examples:
      | hours | minutes | length |
      | 1     | 0       | 60     |
      | 0     | 45      | 45     |
      | 2     | 30      | 150    |
      | 3     | 15      | 195    |
