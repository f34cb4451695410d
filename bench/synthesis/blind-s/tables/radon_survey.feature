Feature: Radon survey
  A home is graded by its three-month average radon level in Bq per cubic metre: below 100 is
  low, 100 to 199 is raised, 200 to 299 is high and 300 or more is very high. A second test
  within a year is advised for every home at 100 or more.

  Scenario Outline: grading a home from its detector reading
    Given the three-month average is <level> Bq per cubic metre
    When the radon result is graded
    Then the grade is "<grade>"
    And a retest is advised: <retest>

    Examples:
      | level | grade     | retest |
      | 0     | low       | no     |
      | 45    | low       | no     |
      | 99    | low       | no     |
      | 100   | raised    | yes    |
      | 199   | raised    | yes    |
      | 200   | high      | yes    |
      | 299   | high      | yes    |
      | 300   | very high | yes    |
      | 850   | very high | yes    |
