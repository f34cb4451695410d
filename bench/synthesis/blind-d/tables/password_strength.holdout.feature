Feature: Password strength meter

  Scenario Outline: the strength shown while a password is typed
    Given a password of <length> characters
    And it contains a digit: <digit>
    And it contains a symbol: <symbol>
    When the password strength is rated
    Then the strength is "<strength>"

    Examples:
      | length | digit | symbol | strength |
      | 6      | no    | no     | weak     |
      | 10     | no    | yes    | fair     |
      | 15     | no    | no     | fair     |
      | 9      | yes   | yes    | strong   |
      | 13     | no    | yes    | strong   |
      | 7      | yes   | no     | weak     |
