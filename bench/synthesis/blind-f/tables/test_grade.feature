Feature: Grades for a maths test

  Scenario Outline: grade from the mark
    Given a test mark of <mark> out of 100
    When the grade is given
    Then the grade is "<grade>"
    And the pupil passed: <passed>

    Examples:
      | mark | grade | passed |
      | 100  | A     | yes    |
      | 90   | A     | yes    |
      | 89   | B     | yes    |
      | 80   | B     | yes    |
      | 79   | C     | yes    |
      | 70   | C     | yes    |
      | 69   | D     | yes    |
      | 60   | D     | yes    |
      | 59   | F     | no     |
