Feature: Guest wifi login
  After 5 wrong passwords in a row the account is locked for 15 minutes. While
  it is locked every login is refused with "account locked", even with the
  right password, and does not count as a wrong attempt. When the 15 minutes
  are over it opens again with the count back at 0. A successful login also
  sets the count back to 0.

  Scenario: the right password
    Given an account with the password "sunflower"
    When the user logs in with "sunflower"
    Then the user is logged in: yes
    And there are 0 failed attempts

  Scenario: a wrong password
    Given an account with the password "sunflower"
    When the user logs in with "Sunflower"
    Then the login is refused with "wrong password"
    And there are 1 failed attempts
    And the user is logged in: no

  Scenario: locked after five mistakes
    Given an account with the password "tulip"
    When the user logs in with "a"
    Then the login is refused with "wrong password"
    When the user logs in with "b"
    Then the login is refused with "wrong password"
    When the user logs in with "c"
    Then the login is refused with "wrong password"
    When the user logs in with "d"
    Then the login is refused with "wrong password"
    When the user logs in with "e"
    Then the login is refused with "wrong password"
    And there are 5 failed attempts
    When the user logs in with "tulip"
    Then the login is refused with "account locked"
    And there are 5 failed attempts
    When 15 minutes pass
    And the user logs in with "tulip"
    Then the user is logged in: yes
    And there are 0 failed attempts

  Scenario: one minute too early
    Given an account with the password "daisy"
    When the user logs in with "1"
    Then the login is refused with "wrong password"
    When the user logs in with "2"
    Then the login is refused with "wrong password"
    When the user logs in with "3"
    Then the login is refused with "wrong password"
    When the user logs in with "4"
    Then the login is refused with "wrong password"
    When the user logs in with "5"
    Then the login is refused with "wrong password"
    When 14 minutes pass
    And the user logs in with "daisy"
    Then the login is refused with "account locked"
    When 1 minutes pass
    And the user logs in with "daisy"
    Then the user is logged in: yes

  Scenario: success clears the count
    Given an account with the password "orchid"
    When the user logs in with "orchd"
    Then the login is refused with "wrong password"
    When the user logs in with "orchard"
    Then the login is refused with "wrong password"
    When the user logs in with "orchid"
    Then there are 0 failed attempts
