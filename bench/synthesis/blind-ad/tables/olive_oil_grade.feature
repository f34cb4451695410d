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
      | 0.3     | 12       | extra virgin |
      | 0.8     | 20       | extra virgin |
      | 0.9     | 20       | virgin       |
      | 0.8     | 21       | lampante     |
      | 2.0     | 15       | virgin       |
      | 2.1     | 15       | lampante     |
      | 0.5     | 24       | lampante     |
      | 1.4     | 8        | virgin       |
      | 3.3     | 30       | lampante     |
