Feature: Product code entry
  Codes typed at the till are tidied before the search: spaces and dashes are dropped and letters become capitals.

  Scenario Outline: tidying a typed code
    Given the cashier types "<typed>"
    When the code is looked up
    Then the till searches for "<code>"

    Examples:
      | typed  | code  |
      | ab12   | AB12  |
      | xy-9   | XY9   |
      | QZ 77  | QZ77  |
      | lm-3-k | LM3K  |
      | Tv40   | TV40  |
