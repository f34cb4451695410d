Feature: Olive oil grade
  Extra virgin oil has an acidity of at most 0.8 percent and a peroxide value of at
  most 20. Virgin oil has an acidity of at most 2.0 percent and the same peroxide limit.
  Anything else is lampante, which is not sold for eating.

  Scenario Outline: grading a batch
    Given a batch with an acidity of <acidity> percent
    And a peroxide value of <peroxide>
    When the batch is graded
    Then the grade is "<grade>"

    Examples:
      | acidity | peroxide | grade        |
      | 0.2     | 6        | extra virgin |
      | 0.6     | 19       | extra virgin |
      | 1.0     | 18       | virgin       |
      | 1.9     | 20       | virgin       |
      | 2.4     | 10       | lampante     |
      | 1.2     | 22       | lampante     |
