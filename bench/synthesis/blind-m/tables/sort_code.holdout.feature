Feature: Bank details form

  Scenario Outline: tidying a sort code
    Given a customer typed the sort code "<typed>"
    When the sort code is tidied
    Then it is shown as "<shown>"

    Examples:
      | typed      | shown    |
      | 771920     | 77-19-20 |
      | 11 22-33   | 11-22-33 |
      | 05.00.07   | 05-00-07 |
      | 4060 12    | 40-60-12 |
      | 20-32 - 53 | 20-32-53 |
      | 56 0029    | 56-00-29 |
