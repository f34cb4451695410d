Feature: Surgery call back list
  Patients ask the surgery to ring them back and are rung in turn. Someone who misses the
  call goes to the end of the list; after a second missed call they are taken off it.

  Scenario: a busy morning
    Given the call back list is empty
    When Ann asks for a call back
    And Bob asks for a call back
    And Col asks for a call back
    And the doctor rings the next patient, who does not answer
    And the doctor rings the next patient, who does not answer
    Then the list reads "Col, Ann, Bob"
    When the doctor rings the next patient, who answers
    And the doctor rings the next patient, who does not answer
    Then the list reads "Bob"

  Scenario: the only patient misses twice
    Given the call back list is empty
    When Fay asks for a call back
    And the doctor rings the next patient, who does not answer
    Then the list reads "Fay"
    When the doctor rings the next patient, who does not answer
    Then the list is empty
    When the doctor rings the next patient, who answers
    Then the receptionist says "nobody is waiting for a call back"

  Scenario: asking again after a missed call
    Given the call back list is empty
    When Gus asks for a call back
    And Hal asks for a call back
    And the doctor rings the next patient, who does not answer
    And Gus asks for a call back
    Then the receptionist says "Gus is already on the list"
    When Ivy asks for a call back
    And the doctor rings the next patient, who answers
    Then the list reads "Gus, Ivy"
