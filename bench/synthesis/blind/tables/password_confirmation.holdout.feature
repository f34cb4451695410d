Feature: Sign-up form
  The two password boxes must hold exactly the same text, capitals included.

  Scenario Outline: checking the repeated password
    Given the password "<password>"
    And the repeated password "<repeated>"
    When the form is submitted
    Then the passwords match: <match>

    Examples:
      | password  | repeated  | match |
      | Tr0ub4dor | Tr0ub4dor | yes   |
      | pass word | password  | no    |
      | x         | X         | no    |
      | letmein   | letmein!  | no    |
      | Zebra-42  | Zebra-42  | yes   |
