Feature: Sauna benches
  At most 4 people sit in the sauna. Anyone who arrives when it is full waits in line,
  and when someone comes out the first in line goes in. The people inside are listed in
  the order they went in.

  Background:
    Given the sauna opens empty

  Scenario: filling up
    When Sam arrives
    And Mia arrives
    And Ava arrives
    Then inside are "Sam, Mia, Ava"
    And nobody is waiting

  Scenario: waiting for a seat
    When Sam arrives
    And Mia arrives
    And Ava arrives
    And Ben arrives
    And Leo arrives
    And Zoe arrives
    Then inside are "Sam, Mia, Ava, Ben"
    And the line reads "Leo, Zoe"
    When Mia comes out
    Then inside are "Sam, Ava, Ben, Leo"
    And the line reads "Zoe"

  Scenario: giving up
    When Dad arrives
    And Ava arrives
    And Ben arrives
    And Leo arrives
    And Zoe arrives
    And Sam arrives
    And Zoe gives up waiting
    Then the line reads "Sam"
    When Sam arrives
    Then that is refused with "Sam is already waiting"
    When Dad comes out
    Then inside are "Ava, Ben, Leo, Sam"
    And nobody is waiting

  Scenario: mistakes at the door
    When Ben arrives
    And Ben arrives
    Then that is refused with "Ben is already inside"
    When Mia comes out
    Then that is refused with "Mia is not in the sauna"
    When Leo gives up waiting
    Then that is refused with "Leo is not waiting"
    When Ben comes out
    And Ben arrives
    Then inside are "Ben"
