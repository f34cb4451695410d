Feature: Debate speakers list
  The chair keeps a list of people waiting to speak, in the order they asked. Calling the
  next speaker gives the floor to the first person on the list and takes them off it. The
  list holds at most 5 names and nobody may be on it twice. People may withdraw, and
  someone who has spoken may ask again.

  Scenario: speakers are called in order
    Given an empty speakers list
    When "Ana" asks to speak
    And "Ben" asks to speak
    And "Cy" asks to speak
    Then the waiting list is "Ana, Ben, Cy"
    When the chair calls the next speaker
    Then "Ana" has the floor
    And the waiting list is "Ben, Cy"
    When "Ana" asks to speak
    Then the waiting list is "Ben, Cy, Ana"

  Scenario: asking twice and withdrawing
    Given an empty speakers list
    When "Dee" asks to speak
    And "Eli" asks to speak
    And "Dee" asks to speak
    Then the chair says "Dee is already on the list"
    When "Dee" withdraws
    And the chair calls the next speaker
    Then "Eli" has the floor
    And nobody is waiting

  Scenario: a full list
    Given an empty speakers list
    When "Ana" asks to speak
    And "Ben" asks to speak
    And "Cy" asks to speak
    And "Dee" asks to speak
    And "Eli" asks to speak
    And "Fay" asks to speak
    Then the chair says "the list is full"
    When the chair calls the next speaker
    And "Fay" asks to speak
    Then the waiting list is "Ben, Cy, Dee, Eli, Fay"

  Scenario: nobody left to call
    Given an empty speakers list
    When the chair calls the next speaker
    Then the chair says "nobody is waiting"
    And nobody has the floor
    When "Gus" asks to speak
    And the chair calls the next speaker
    And the chair calls the next speaker
    Then the chair says "nobody is waiting"
    And "Gus" has the floor
    When "Hal" withdraws
    Then the chair says "Hal is not on the list"
