Feature: Job application tracker
  A new application reads "applied". Booking an interview moves it to
  "interviewing" and the tracker counts the interviews. An offer needs at least
  one interview, otherwise it is refused with "no interview yet". An offer, a
  rejection or the candidate withdrawing closes the application; anything after
  that is refused with "the application is closed".

  Scenario: three rounds and then a better job elsewhere
    Given Aisha has applied for a job
    When an interview is booked for Aisha
    And an interview is booked for Aisha
    And an interview is booked for Aisha
    Then Aisha's application reads "interviewing (3 interviews)"
    When Aisha withdraws the application
    Then Aisha's application reads "withdrawn by Aisha"
    When an interview is booked for Aisha
    Then the update is refused with "the application is closed"

  Scenario: rejected straight away
    Given Ben has applied for a job
    When the employer turns Ben down
    Then Ben's application reads "rejected"
    When the employer makes Ben an offer
    Then the update is refused with "the application is closed"

  Scenario: accepting means no withdrawing
    Given Ben has applied for a job
    When an interview is booked for Ben
    And the employer makes Ben an offer
    Then Ben's application reads "offer received"
    When Ben withdraws the application
    Then the update is refused with "the application is closed"
