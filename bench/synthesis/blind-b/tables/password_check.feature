Feature: Choosing a new password
  The two password fields must be identical, and the password needs at least 8 characters.
  A mismatch is reported before a short password.

  Scenario Outline: checking the two password fields
    Given the user types "<password>" as the new password
    And the user types "<confirmation>" to confirm it
    When the form is submitted
    Then the form says "<message>"

    Examples:
      | password    | confirmation | message                |
      | sunflower42 | sunflower42  | password saved         |
      | sunflower42 | sunflower24  | passwords do not match |
      | Secret123   | secret123    | passwords do not match |
      | abc         | abc          | password is too short  |
      | abcdefgh    | abcdefgh     | password saved         |
      | abcdefg     | abcdefg      | password is too short  |
      | abc         | abcd         | passwords do not match |
