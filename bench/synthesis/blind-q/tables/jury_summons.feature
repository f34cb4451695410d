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
      | 17  | 10    | yes  | no       |
      | 18  | 10    | yes  | yes      |
      | 75  | 40    | yes  | yes      |
      | 76  | 40    | yes  | no       |
      | 40  | 5     | yes  | yes      |
      | 40  | 4     | yes  | no       |
      | 40  | 20    | no   | no       |
      | 30  | 0     | yes  | no       |
      | 62  | 12    | yes  | yes      |
