Feature: Account lockout
  After three wrong passwords in a row the account is locked. A correct password resets the count.
  A locked account refuses every sign-in until support unlocks it; unlocking also clears the count.

  Scenario: the right password
    Given an account with the password "tulip77"
    When someone signs in with "tulip77"
    Then the sign-in succeeds

  Scenario: a wrong password
    Given an account with the password "tulip77"
    When someone signs in with "tulip"
    Then the sign-in fails with "wrong password"
    And the account is open

  Scenario: three strikes
    Given an account with the password "tulip77"
    When someone signs in with "tulip"
    And someone signs in with "tulip7"
    And someone signs in with "Tulip77"
    Then the account is locked

  Scenario: locked even with the right password
    Given an account with the password "tulip77"
    When someone signs in with "a"
    And someone signs in with "b"
    And someone signs in with "c"
    And someone signs in with "tulip77"
    Then the sign-in fails with "account locked"

  Scenario: a correct password resets the count
    Given an account with the password "tulip77"
    When someone signs in with "a"
    And someone signs in with "b"
    And someone signs in with "tulip77"
    And someone signs in with "c"
    And someone signs in with "d"
    Then the account is open

  Scenario: support unlocks the account
    Given an account with the password "tulip77"
    When someone signs in with "a"
    And someone signs in with "b"
    And someone signs in with "c"
    And support unlocks the account
    And someone signs in with "tulip77"
    Then the sign-in succeeds
