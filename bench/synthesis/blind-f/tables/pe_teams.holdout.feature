Feature: Picking teams in PE

  Scenario Outline: team from the place in the line
    Given pupil number <number> in the line
    When the teams are picked
    Then the pupil plays for the "<team>" team
    And is player <place> of that team

    Examples:
      | number | team | place |
      | 7      | red  | 4     |
      | 16     | blue | 8     |
      | 33     | red  | 17    |
      | 58     | blue | 29    |
      | 1001   | red  | 501   |
