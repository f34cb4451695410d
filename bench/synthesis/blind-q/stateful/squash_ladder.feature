Feature: Squash ladder
  Players are ranked from the top of the ladder. A player may challenge someone one or two
  places above them. If the challenger wins, they take that player's place and everyone from
  there down to the challenger's old place moves down one. If the challenger loses, nothing
  changes. New players join at the bottom.

  Scenario: a win one place up
    Given the ladder reads "Sam, Mia, Ava, Ben, Leo"
    When Ben challenges Ava and wins
    Then the ladder reads "Sam, Mia, Ben, Ava, Leo"

  Scenario: a win two places up
    Given the ladder reads "Sam, Mia, Ava, Ben, Leo"
    When Leo challenges Ava and wins
    Then the ladder reads "Sam, Mia, Leo, Ava, Ben"
    When Mia challenges Sam and loses
    Then the ladder reads "Sam, Mia, Leo, Ava, Ben"
    And Leo is in place 3

  Scenario: challenges that are not allowed
    Given the ladder reads "Sam, Mia, Ava, Ben, Leo"
    When Leo challenges Mia and wins
    Then the organiser says "Leo can only challenge up to 2 places above"
    When Leo challenges Sam and loses
    Then the organiser says "Leo can only challenge up to 2 places above"
    When Mia challenges Ben and wins
    Then the organiser says "Ben is below Mia"
    When Dad challenges Sam and wins
    Then the organiser says "Dad is not on the ladder"
    And the ladder reads "Sam, Mia, Ava, Ben, Leo"

  Scenario: joining at the bottom
    Given the ladder reads "Zoe, Ava, Ben"
    When Dad joins the ladder
    And Ava joins the ladder
    Then the organiser says "Ava is already on the ladder"
    When Dad challenges Ava and wins
    Then the ladder reads "Zoe, Dad, Ava, Ben"
    And Dad is in place 2
    When Ben challenges Dad and loses
    Then Ben is in place 4
