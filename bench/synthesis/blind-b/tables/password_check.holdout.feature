Feature: Choosing a new password
  The two password fields must be identical, and the password needs at least 8 characters.
  A mismatch is reported before a short password.

  Scenario Outline: checking the two password fields
    Given the user types "<password>" as the new password
    And the user types "<confirmation>" to confirm it
    When the form is submitted
    Then the form says "<message>"

    Examples:
      | password      | confirmation  | message                |
      | correct-horse | correct-horse | password saved         |
      | tiny1         | tiny1         | password is too short  |
      | Moonlight9    | moonlight9    | passwords do not match |
      | 1234567       | 12345678      | passwords do not match |
