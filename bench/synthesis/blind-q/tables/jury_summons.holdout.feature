Feature: Jury service
  Someone can be summoned for jury service if they are 18 to 75 years old, have lived in the
  country for at least 5 years and are on the electoral roll.

  Scenario Outline: checking a name drawn from the roll
    Given a person aged <age>
    And living in the country for <years> years
    And on the electoral roll: <roll>
    When jury eligibility is checked
    Then they can be summoned: <eligible>

    Examples:
      | age | years | roll | eligible |
      | 19  | 6     | yes  | yes      |
      | 74  | 3     | yes  | no       |
      | 18  | 18    | no   | no       |
      | 80  | 60    | yes  | no       |
      | 25  | 5     | yes  | yes      |
      | 16  | 16    | yes  | no       |
