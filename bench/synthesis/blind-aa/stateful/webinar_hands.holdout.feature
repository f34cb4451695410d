Feature: Raised hands in a webinar
  Attendees raise a hand to ask to speak, and the host gives the floor to whoever raised
  theirs first.

  Scenario: a question withdrawn
    Given a webinar with no hands up
    When Ivy raises a hand
    And Jon raises a hand
    And Kai raises a hand
    And the host gives the floor to the next attendee
    And Jon lowers a hand
    Then Ivy is speaking
    And the hands up are "Kai"
    When the speaker finishes
    And the host gives the floor to the next attendee
    Then Kai is speaking
    And no hands are up

  Scenario: a quiet start
    Given a webinar with no hands up
    When the host gives the floor to the next attendee
    Then the host sees "no hands are up"
    When Lea raises a hand
    And Lea lowers a hand
    Then no hands are up
    When Lea lowers a hand
    Then the host sees "Lea has no hand up"

  Scenario: impatient attendees
    Given a webinar with no hands up
    When Max raises a hand
    And Ned raises a hand
    And Max raises a hand
    Then the host sees "Max already has a hand up"
    When the host gives the floor to the next attendee
    Then Max is speaking
    When Ned raises a hand
    Then the host sees "Ned already has a hand up"
    And the hands up are "Ned"
