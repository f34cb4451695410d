Feature: Guest wifi login
  After 5 wrong passwords in a row the account is locked for 15 minutes. While
  it is locked every login is refused with "account locked", even with the
  right password, and does not count as a wrong attempt. When the 15 minutes
  are over it opens again with the count back at 0. A successful login also
  sets the count back to 0.

  Scenario: four mistakes are not enough
    Given an account with the password "lily"
    When the user logs in with "lilly"
    Then the login is refused with "wrong password"
    When the user logs in with "lila"
    Then the login is refused with "wrong password"
    When the user logs in with "lilt"
    Then the login is refused with "wrong password"
    When the user logs in with "lil"
    Then the login is refused with "wrong password"
    And there are 4 failed attempts
    When the user logs in with "lily"
    Then the user is logged in: yes
    And there are 0 failed attempts

  Scenario: locked in two steps of time
    Given an account with the password "rose"
    When the user logs in with "r1"
    Then the login is refused with "wrong password"
    When the user logs in with "r2"
    Then the login is refused with "wrong password"
    When the user logs in with "r3"
    Then the login is refused with "wrong password"
    When the user logs in with "r4"
    Then the login is refused with "wrong password"
    When the user logs in with "r5"
    Then the login is refused with "wrong password"
    When 10 minutes pass
    And the user logs in with "wrong"
    Then the login is refused with "account locked"
    And there are 5 failed attempts
    When 5 minutes pass
    And the user logs in with "wrong"
    Then the login is refused with "wrong password"
    And there are 1 failed attempts
