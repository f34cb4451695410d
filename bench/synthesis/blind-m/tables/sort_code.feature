Feature: Bank details form

  Scenario Outline: tidying a sort code
    Given a customer typed the sort code "<typed>"
    When the sort code is tidied
    Then it is shown as "<shown>"

    Examples:
      | typed        | shown    |
      | 123456       | 12-34-56 |
      | 12-34-56     | 12-34-56 |
      | 12 34 56     | 12-34-56 |
      | 40-4784      | 40-47-84 |
      | 2000 00      | 20-00-00 |
      | 60.16.13     | 60-16-13 |
      | 09-01 -28    | 09-01-28 |
      | 30 9634      | 30-96-34 |
      | 83 - 25 - 01 | 83-25-01 |
