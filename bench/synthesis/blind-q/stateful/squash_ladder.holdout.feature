Feature: Squash ladder
  Players are ranked from the top of the ladder. A player may challenge someone one or two
  places above them. If the challenger wins, they take that player's place and everyone from
  there down to the challenger's old place moves down one. If the challenger loses, nothing
  changes. New players join at the bottom.

  Scenario: two wins in a row
    Given the ladder reads "Mia, Zoe, Leo, Dad"
    When Dad challenges Zoe and wins
    And Zoe challenges Mia and wins
    Then the ladder reads "Zoe, Mia, Dad, Leo"

  Scenario: a long ladder
    Given the ladder reads "Ben, Sam, Ava, Mia, Leo, Zoe"
    When Zoe challenges Ava and wins
    Then the organiser says "Zoe can only challenge up to 2 places above"
    When Zoe challenges Mia and loses
    And Sam challenges Ben and wins
    Then the ladder reads "Sam, Ben, Ava, Mia, Leo, Zoe"
    And Zoe is in place 6

  Scenario: a newcomer climbs
    Given the ladder reads "Leo, Ava, Sam"
    When Ben joins the ladder
    And Ben challenges Ava and wins
    Then the ladder reads "Leo, Ben, Ava, Sam"
    When Leo challenges Ben and wins
    Then the organiser says "Ben is below Leo"
    When Zoe challenges Leo and loses
    Then the organiser says "Zoe is not on the ladder"
