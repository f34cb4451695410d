Feature: Product code entry
  Codes typed at the till are tidied before the search: spaces and dashes are dropped and letters become capitals.

  Scenario Outline: tidying a typed code
    Given the cashier types "<typed>"
    When the code is looked up
    Then the till searches for "<code>"

    Examples:
      | typed    | code   |
      | a        | A      |
      | mn 04-b  | MN04B  |
      | ZZ99     | ZZ99   |
      | 12-34-56 | 123456 |
