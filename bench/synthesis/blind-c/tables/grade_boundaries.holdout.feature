Feature: Exam grade boundaries

  Scenario Outline: a mark becomes a grade
    Given a mark of <mark> out of 100
    When the paper is graded
    Then the grade is <grade>
    And the candidate passed: <passed>

    Examples:
      | mark | grade | passed |
      | 55   | C     | yes    |
      | 54   | D     | yes    |
      | 100  | A     | yes    |
      | 0    | F     | no     |
      | 71   | B     | yes    |
