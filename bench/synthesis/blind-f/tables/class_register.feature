Feature: Names on the class register

  Scenario Outline: register line for a pupil
    Given a pupil with first name "<first>" and last name "<last>"
    When the register is printed
    Then the register line is "<line>"

    Examples:
      | first  | last     | line          |
      | anna   | smith    | SMITH, Anna   |
      | JOHN   | doe      | DOE, John     |
      | Lucy   | O'Neil   | O'NEIL, Lucy  |
      | mARK   | tAYLOR   | TAYLOR, Mark  |
      | Zoe    | Li       | LI, Zoe       |
      | eva    | van dijk | VAN DIJK, Eva |
      | Sam    | Jones    | JONES, Sam    |
      | oLIVER | brown    | BROWN, Oliver |
