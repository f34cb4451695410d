Feature: Class register
  In the register a pupil is written surname first, then a comma, then the rest of the name.

  Scenario Outline: writing a pupil into the register
    Given the pupil "<name>"
    When the pupil is written into the register
    Then the register shows "<entry>"

    Examples:
      | name            | entry            |
      | John Paul Jones | Jones, John Paul |
      | Lena Fischer    | Fischer, Lena    |
      | Kwame Mensah    | Mensah, Kwame    |
