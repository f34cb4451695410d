Feature: Password strength meter

  Scenario Outline: the strength shown while a password is typed
    Given a password of <length> characters
    And it contains a digit: <digit>
    And it contains a symbol: <symbol>
    When the password strength is rated
    Then the strength is "<strength>"

    Examples:
      | length | digit | symbol | strength |
      | 7      | yes   | yes    | weak     |
      | 8      | no    | no     | weak     |
      | 8      | yes   | no     | fair     |
      | 8      | no    | yes    | fair     |
      | 8      | yes   | yes    | strong   |
      | 11     | no    | no     | weak     |
      | 12     | no    | no     | fair     |
      | 12     | yes   | no     | strong   |
      | 20     | no    | yes    | strong   |
