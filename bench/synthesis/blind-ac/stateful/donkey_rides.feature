Feature: Beach donkey rides
  Children queue for a ride. The next child in the queue gets on the free donkey that has
  been waiting longest, and a donkey back from a ride joins the end of the free line.

  Scenario: the first ride
    Given the free donkeys are "Daisy, Jack"
    When "Lily" joins the queue
    And "Tom" joins the queue
    And the next child gets on
    Then "Daisy" is carrying "Lily"
    And the queue is "Tom"
    And the free donkeys are "Jack"

  Scenario: back to the end of the line
    Given the free donkeys are "Daisy, Jack, Pepper"
    When "Amy" joins the queue
    And the next child gets on
    And "Daisy" comes back
    Then the free donkeys are "Jack, Pepper, Daisy"
    When "Ben" joins the queue
    And the next child gets on
    Then "Jack" is carrying "Ben"

  Scenario: all donkeys out
    Given the free donkeys are "Jack, Daisy"
    When "Cal" joins the queue
    And "Dee" joins the queue
    And "Eva" joins the queue
    And the next child gets on
    And the next child gets on
    And the next child gets on
    Then the ride keeper says "no donkey is free"
    And the queue is "Eva"
    And the free donkeys are "none"
    When "Daisy" comes back
    And the next child gets on
    Then "Daisy" is carrying "Eva"
    And the queue is "empty"

  Scenario: mix-ups
    Given the free donkeys are "Pepper, Jack"
    When the next child gets on
    Then the ride keeper says "nobody is queueing"
    When "Fin" joins the queue
    And "Fin" joins the queue
    Then the ride keeper says "Fin is already queueing"
    When "Pepper" comes back
    Then the ride keeper says "Pepper is not out on a ride"
    And the free donkeys are "Pepper, Jack"
    And the queue is "Fin"
