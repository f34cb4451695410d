Feature: Choir sections
  Singers join one of four sections: soprano, alto, tenor or bass. A section holds at most
  6 singers, and a singer can move to another section if it has room.

  Scenario: joining
    Given the choir is empty
    When "Ada" joins the "alto" section
    And "Bea" joins the "alto" section
    And "Carl" joins the "bass" section
    Then the "alto" count is 2
    And the "bass" count is 1
    And the choir total is 3

  Scenario: a full section
    Given the "tenor" section already has 5 singers
    When "Dan" joins the "tenor" section
    And "Eli" joins the "tenor" section
    Then the choir master says "the tenor section is full"
    And the "tenor" count is 6
    When "Eli" joins the "bass" section
    Then "Eli" sings "bass"

  Scenario: moving section
    Given the choir is empty
    When "Fay" joins the "alto" section
    And "Fay" moves to the "soprano" section
    Then "Fay" sings "soprano"
    And the "alto" count is 0
    When "Fay" moves to the "soprano" section
    Then the choir master says "Fay already sings soprano"
    When "Fay" joins the "alto" section
    Then the choir master says "Fay is already in the choir"
    And the choir total is 1

  Scenario: leaving
    Given the choir is empty
    When "Gil" joins the "bass" section
    And "Gil" leaves the choir
    Then the choir total is 0
    When "Gil" leaves the choir
    Then the choir master says "Gil is not in the choir"
    When "Hal" moves to the "tenor" section
    Then the choir master says "Hal is not in the choir"

  Scenario: no room to move
    Given the "soprano" section already has 5 singers
    When "Ida" joins the "alto" section
    And "Jo" joins the "soprano" section
    And "Ida" moves to the "soprano" section
    Then the choir master says "the soprano section is full"
    And "Ida" sings "alto"
    And the choir total is 7
