Feature: Playground swings
  There are two swings. A child who wants a swing gets a free one, or else joins the end of
  the line; when a child gets off, the first in line takes that swing.

  Scenario: a busy afternoon
    Given the swings are empty
    When Ava wants a swing
    And Ben wants a swing
    And Cal wants a swing
    And Dan wants a swing
    And Eve wants a swing
    And Ben gets off
    And Ava gets off
    Then Cal is swinging
    And Dan is swinging
    And the line is "Eve"

  Scenario: an impatient child
    Given the swings are empty
    When Ava wants a swing
    And Ben wants a swing
    And Cal wants a swing
    And Cal wants a swing
    Then the helper says "Cal is already waiting"
    When Cal gets off
    Then the helper says "Cal is not on a swing"
    When Cal gives up waiting
    And Ava gets off
    Then Ben is swinging
    And nobody is waiting

  Scenario: back in the line
    Given the swings are empty
    When Ava wants a swing
    And Ava gives up waiting
    Then the helper says "Ava is not waiting"
    When Ben wants a swing
    And Cal wants a swing
    And Ava gets off
    And Ava wants a swing
    And Cal wants a swing
    Then the helper says "Cal is already swinging"
    And the line is "Ava"
