Feature: School house cup
  Teachers award and take away points for the four houses, Oak, Ash, Elm and Yew, which all
  start the term on 0. A teacher may award at most 10 points at a time, and no house can go
  below 0. The leader is the house with the most points; when two or more share the top score
  the board shows a tie.

  Scenario: a tie broken by a deduction
    Given a new term with every house on 0
    When Ash is awarded 7 points
    And Oak is awarded 7 points
    Then the leader is "a tie"
    When Oak loses 3 points
    Then the leader is "Ash"
    And Oak has 4 points

  Scenario: one house on its own
    Given a new term with every house on 0
    When Yew is awarded 2 points
    And Yew loses 5 points
    Then the board refuses with "Yew only has 2 points"
    When Yew is awarded 15 points
    Then the board refuses with "at most 10 points at a time"
    When Yew is awarded 10 points
    Then Yew has 12 points
    And the leader is "Yew"

  Scenario: back to nothing
    Given a new term with every house on 0
    When Elm is awarded 9 points
    And Ash is awarded 9 points
    And Elm loses 9 points
    Then Elm has 0 points
    And the leader is "Ash"
    When Oak is awarded 9 points
    Then the leader is "a tie"
