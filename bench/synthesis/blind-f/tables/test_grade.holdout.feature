Feature: Grades for a maths test

  Scenario Outline: grade from the mark
    Given a test mark of <mark> out of 100
    When the grade is given
    Then the grade is "<grade>"
    And the pupil passed: <passed>

    Examples:
      | mark | grade | passed |
      | 95   | A     | yes    |
      | 84   | B     | yes    |
      | 72   | C     | yes    |
      | 65   | D     | yes    |
      | 12   | F     | no     |
      | 0    | F     | no     |
