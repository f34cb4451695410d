Feature: Exam grade boundaries

  Scenario Outline: a mark becomes a grade
    Given a mark of <mark> out of 100
    When the paper is graded
    Then the grade is <grade>
    And the candidate passed: <passed>

    Examples:
      | mark | grade | passed |
      | 96   | A     | yes    |
      | 85   | A     | yes    |
      | 84   | B     | yes    |
      | 70   | B     | yes    |
      | 69   | C     | yes    |
      | 61   | C     | yes    |
      | 47   | D     | yes    |
      | 40   | D     | yes    |
      | 39   | F     | no     |
