Feature: Sign-up form
  The two password boxes must hold exactly the same text, capitals included.

  Scenario Outline: checking the repeated password
    Given the password "<password>"
    And the repeated password "<repeated>"
    When the form is submitted
    Then the passwords match: <match>

    Examples:
      | password      | repeated      | match |
      | secret        | secret        | yes   |
      | secret        | Secret        | no    |
      | abc123        | abc12         | no    |
      | hunter2       | hunter2       | yes   |
      | correct horse | correct horse | yes   |
      | pa55word      | pa55w0rd      | no    |
