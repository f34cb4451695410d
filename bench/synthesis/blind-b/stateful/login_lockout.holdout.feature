Feature: Account lockout
  After three wrong passwords in a row the account is locked. A correct password resets the count.
  A locked account refuses every sign-in until support unlocks it; unlocking also clears the count.

  Scenario: locked after a fresh run of mistakes
    Given an account with the password "harbour-9"
    When someone signs in with "harbour"
    And someone signs in with "harbour9"
    And someone signs in with "harbour-9"
    And someone signs in with "x"
    And someone signs in with "y"
    And someone signs in with "z"
    Then the account is locked

  Scenario: one mistake after unlocking
    Given an account with the password "harbour-9"
    When someone signs in with "x"
    And someone signs in with "y"
    And someone signs in with "z"
    And support unlocks the account
    And someone signs in with "w"
    Then the sign-in fails with "wrong password"
    And the account is open

  Scenario: a slip then the right password
    Given an account with the password "Maple"
    When someone signs in with "maple"
    And someone signs in with "Maple"
    Then the sign-in succeeds
