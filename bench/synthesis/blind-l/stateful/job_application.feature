Feature: Job application tracker
  A new application reads "applied". Booking an interview moves it to
  "interviewing" and the tracker counts the interviews. An offer needs at least
  one interview, otherwise it is refused with "no interview yet". An offer, a
  rejection or the candidate withdrawing closes the application; anything after
  that is refused with "the application is closed".

  Scenario: a first interview
    Given Omar has applied for a job
    Then Omar's application reads "applied"
    When an interview is booked for Omar
    Then Omar's application reads "interviewing (1 interview)"

  Scenario: two rounds and an offer
    Given Omar has applied for a job
    When an interview is booked for Omar
    And an interview is booked for Omar
    Then Omar's application reads "interviewing (2 interviews)"
    When the employer makes Omar an offer
    Then Omar's application reads "offer received"

  Scenario: an offer without meeting
    Given Omar has applied for a job
    When the employer makes Omar an offer
    Then the update is refused with "no interview yet"
    And Omar's application reads "applied"

  Scenario: turned down after an interview
    Given Omar has applied for a job
    When an interview is booked for Omar
    And the employer turns Omar down
    Then Omar's application reads "rejected"
    When an interview is booked for Omar
    Then the update is refused with "the application is closed"

  Scenario: the candidate withdraws
    Given Omar has applied for a job
    When Omar withdraws the application
    Then Omar's application reads "withdrawn by Omar"
    When the employer makes Omar an offer
    Then the update is refused with "the application is closed"
