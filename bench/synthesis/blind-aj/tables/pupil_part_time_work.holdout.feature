Feature: Part-time work for school pupils
  Pupils aged 13 to 16 may take a small paid job; under 13 they may not work at
  all. On a school day or a Sunday the limit is 2 hours. On a Saturday or a
  holiday it is 5 hours at 13 or 14, and 8 hours at 15 or 16.

  Scenario Outline: checking a shift for a pupil
    Given a pupil aged <age>
    And a shift of <hours> hours
    And the day is a "<day>"
    When the shift is checked
    Then the shift is allowed: <allowed>

    Examples:
      | age | hours | day        | allowed |
      | 14  | 4.5   | holiday    | yes     |
      | 13  | 6.0   | holiday    | no      |
      | 16  | 1.5   | school day | yes     |
      | 15  | 3.0   | school day | no      |
      | 16  | 7.5   | Saturday   | yes     |
      | 14  | 2.5   | Sunday     | no      |
