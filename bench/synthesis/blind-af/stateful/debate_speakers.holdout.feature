Feature: Debate speakers list
  The chair keeps a list of people waiting to speak, in the order they asked. Calling the
  next speaker gives the floor to the first person on the list and takes them off it. The
  list holds at most 5 names and nobody may be on it twice. People may withdraw, and
  someone who has spoken may ask again.

  Scenario: a withdrawal in the middle
    Given an empty speakers list
    When "Ivy" asks to speak
    And "Jo" asks to speak
    And "Ivy" withdraws
    And "Kai" asks to speak
    And "Jo" asks to speak
    Then the chair says "Jo is already on the list"
    And the waiting list is "Jo, Kai"

  Scenario: the last speaker keeps the floor
    Given an empty speakers list
    When "Lee" asks to speak
    And the chair calls the next speaker
    And "Mo" asks to speak
    And the chair calls the next speaker
    Then "Mo" has the floor
    And nobody is waiting
    When the chair calls the next speaker
    Then the chair says "nobody is waiting"
    And "Mo" has the floor

  Scenario: room again after a withdrawal
    Given an empty speakers list
    When "Ana" asks to speak
    And "Ben" asks to speak
    And "Cy" asks to speak
    And "Dee" asks to speak
    And "Eli" asks to speak
    And "Cy" withdraws
    And "Fay" asks to speak
    And "Gus" asks to speak
    Then the chair says "the list is full"
    And the waiting list is "Ana, Ben, Dee, Eli, Fay"
