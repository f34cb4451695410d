Feature: Class register
  In the register a pupil is written surname first, then a comma, then the rest of the name.

  Scenario Outline: writing a pupil into the register
    Given the pupil "<name>"
    When the pupil is written into the register
    Then the register shows "<entry>"

    Examples:
      | name           | entry           |
      | Tom Brown      | Brown, Tom      |
      | Ines Garcia    | Garcia, Ines    |
      | Yusuf Okafor   | Okafor, Yusuf   |
      | Mary Ann Evans | Evans, Mary Ann |
      | Noor Haddad    | Haddad, Noor    |
