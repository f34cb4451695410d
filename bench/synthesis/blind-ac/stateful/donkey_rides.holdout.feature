Feature: Beach donkey rides
  Children queue for a ride. The next child in the queue gets on the free donkey that has
  been waiting longest, and a donkey back from a ride joins the end of the free line.

  Scenario: a busy afternoon
    Given the free donkeys are "Jack, Pepper"
    When "Gia" joins the queue
    And "Hal" joins the queue
    And the next child gets on
    And "Jack" comes back
    And the next child gets on
    Then "Pepper" is carrying "Hal"
    And the free donkeys are "Jack"
    And the queue is "empty"

  Scenario: waiting for a donkey
    Given the free donkeys are "Daisy"
    When "Ian" joins the queue
    And "Jen" joins the queue
    And the next child gets on
    And the next child gets on
    Then the ride keeper says "no donkey is free"
    When "Daisy" comes back
    And "Daisy" comes back
    Then the ride keeper says "Daisy is not out on a ride"
    When the next child gets on
    Then "Daisy" is carrying "Jen"

  Scenario: an empty beach
    Given the free donkeys are "Pepper, Daisy, Jack"
    When the next child gets on
    Then the ride keeper says "nobody is queueing"
    When "Kit" joins the queue
    And "Kit" joins the queue
    Then the ride keeper says "Kit is already queueing"
    When the next child gets on
    Then "Pepper" is carrying "Kit"
    And the free donkeys are "Daisy, Jack"
