Feature: Sauna benches
  At most 4 people sit in the sauna. Anyone who arrives when it is full waits in line,
  and when someone comes out the first in line goes in. The people inside are listed in
  the order they went in.

  Background:
    Given the sauna opens empty

  Scenario: two leave together
    When Leo arrives
    And Zoe arrives
    And Dad arrives
    And Mia arrives
    And Sam arrives
    Then the line reads "Sam"
    When Zoe comes out
    And Leo comes out
    Then inside are "Dad, Mia, Sam"
    And nobody is waiting

  Scenario: a long line
    When Ava arrives
    And Ben arrives
    And Mia arrives
    And Leo arrives
    And Dad arrives
    And Zoe arrives
    And Dad gives up waiting
    Then the line reads "Zoe"
    When Zoe arrives
    Then that is refused with "Zoe is already waiting"
    When Ben comes out
    Then inside are "Ava, Mia, Leo, Zoe"

  Scenario: a confused guest
    When Mia arrives
    And Sam comes out
    Then that is refused with "Sam is not in the sauna"
    When Mia gives up waiting
    Then that is refused with "Mia is not waiting"
    When Mia arrives
    Then that is refused with "Mia is already inside"
    And inside are "Mia"
