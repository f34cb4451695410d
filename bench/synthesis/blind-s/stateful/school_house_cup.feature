Feature: School house cup
  Teachers award and take away points for the four houses, Oak, Ash, Elm and Yew, which all
  start the term on 0. A teacher may award at most 10 points at a time, and no house can go
  below 0. The leader is the house with the most points; when two or more share the top score
  the board shows a tie.

  Scenario: awarding points
    Given a new term with every house on 0
    When Oak is awarded 5 points
    And Elm is awarded 8 points
    And Oak is awarded 4 points
    Then Oak has 9 points
    And the leader is "Oak"

  Scenario: level at the top
    Given a new term with every house on 0
    When Ash is awarded 6 points
    And Ash loses 2 points
    And Yew is awarded 4 points
    Then Ash has 4 points
    And the leader is "a tie"

  Scenario: limits on points
    Given a new term with every house on 0
    When Elm is awarded 3 points
    And Elm loses 5 points
    Then the board refuses with "Elm only has 3 points"
    When Elm is awarded 12 points
    Then the board refuses with "at most 10 points at a time"
    And Elm has 3 points

  Scenario: a lead changes hands
    Given a new term with every house on 0
    Then the leader is "a tie"
    When Yew is awarded 10 points
    And Oak is awarded 7 points
    And Yew loses 4 points
    Then the leader is "Oak"
    And Yew has 6 points
