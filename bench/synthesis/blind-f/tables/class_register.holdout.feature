Feature: Names on the class register

  Scenario Outline: register line for a pupil
    Given a pupil with first name "<first>" and last name "<last>"
    When the register is printed
    Then the register line is "<line>"

    Examples:
      | first | last       | line            |
      | emma  | WATSON     | WATSON, Emma    |
      | Tom   | de la cruz | DE LA CRUZ, Tom |
      | RUTH  | o'hara     | O'HARA, Ruth    |
      | ian   | Wu         | WU, Ian         |
      | nINA  | sMITH      | SMITH, Nina     |
