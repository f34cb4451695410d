Feature: Picking teams in PE

  Scenario Outline: team from the place in the line
    Given pupil number <number> in the line
    When the teams are picked
    Then the pupil plays for the "<team>" team
    And is player <place> of that team

    Examples:
      | number | team | place |
      | 1      | red  | 1     |
      | 2      | blue | 1     |
      | 3      | red  | 2     |
      | 10     | blue | 5     |
      | 11     | red  | 6     |
      | 24     | blue | 12    |
      | 99     | red  | 50    |
      | 100    | blue | 50    |
