Feature: Choir sections
  Singers join one of four sections: soprano, alto, tenor or bass. A section holds at most
  6 singers, and a singer can move to another section if it has room.

  Scenario: a new choir
    Given the choir is empty
    When "Kai" joins the "tenor" section
    And "Lea" joins the "soprano" section
    And "Kai" moves to the "bass" section
    And "Max" joins the "tenor" section
    Then the "tenor" count is 1
    And the "bass" count is 1
    And the choir total is 3
    When "Lea" leaves the choir
    Then the choir total is 2

  Scenario: the altos fill up
    Given the "alto" section already has 5 singers
    When "Nell" joins the "alto" section
    And "Otis" joins the "alto" section
    Then the choir master says "the alto section is full"
    When "Nell" leaves the choir
    And "Otis" joins the "alto" section
    Then "Otis" sings "alto"
    And the "alto" count is 6

  Scenario: mistakes at the door
    Given the choir is empty
    When "Pam" leaves the choir
    Then the choir master says "Pam is not in the choir"
    When "Pam" joins the "bass" section
    And "Pam" joins the "tenor" section
    Then the choir master says "Pam is already in the choir"
    When "Pam" moves to the "bass" section
    Then the choir master says "Pam already sings bass"
    And "Pam" sings "bass"
