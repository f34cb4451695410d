Feature: Raised hands in a webinar
  Attendees raise a hand to ask to speak, and the host gives the floor to whoever raised
  theirs first.

  Scenario: first come, first served
    Given a webinar with no hands up
    When Pia raises a hand
    And Tom raises a hand
    Then the hands up are "Pia, Tom"
    When the host gives the floor to the next attendee
    Then Pia is speaking
    And the hands up are "Tom"

  Scenario: lowering a hand
    Given a webinar with no hands up
    When Ali raises a hand
    And Bo raises a hand
    And Cy raises a hand
    And Bo lowers a hand
    Then the hands up are "Ali, Cy"
    When Bo lowers a hand
    Then the host sees "Bo has no hand up"

  Scenario: raising a hand twice
    Given a webinar with no hands up
    When Dee raises a hand
    And Dee raises a hand
    Then the host sees "Dee already has a hand up"
    And the hands up are "Dee"

  Scenario: the floor passes on
    Given a webinar with no hands up
    When Eli raises a hand
    And Fay raises a hand
    And the host gives the floor to the next attendee
    And the speaker finishes
    Then nobody is speaking
    When the host gives the floor to the next attendee
    Then Fay is speaking
    And no hands are up
    When the speaker finishes
    And the host gives the floor to the next attendee
    Then the host sees "no hands are up"
    And nobody is speaking

  Scenario: back in the queue
    Given a webinar with no hands up
    When Gil raises a hand
    And Hana raises a hand
    And the host gives the floor to the next attendee
    And the speaker finishes
    And Gil raises a hand
    Then the hands up are "Hana, Gil"
