Feature: Playground swings
  There are two swings. A child who wants a swing gets a free one, or else joins the end of
  the line; when a child gets off, the first in line takes that swing.

  Scenario: more children than swings
    Given the swings are empty
    When Ella wants a swing
    And Tom wants a swing
    And Mia wants a swing
    And Sam wants a swing
    Then Ella is swinging
    And Tom is swinging
    And the line is "Mia, Sam"

  Scenario: taking turns
    Given the swings are empty
    When Ella wants a swing
    And Tom wants a swing
    And Mia wants a swing
    And Sam wants a swing
    And Ella gets off
    Then Mia is swinging
    And the line is "Sam"
    When Tom gets off
    Then Sam is swinging
    And nobody is waiting

  Scenario: asking twice
    Given the swings are empty
    When Ella wants a swing
    And Ella wants a swing
    Then the helper says "Ella is already swinging"
    When Tom wants a swing
    And Mia wants a swing
    And Mia wants a swing
    Then the helper says "Mia is already waiting"
    When Mia gives up waiting
    Then nobody is waiting

  Scenario: mix-ups
    Given the swings are empty
    When Ella gets off
    Then the helper says "Ella is not on a swing"
    When Tom gives up waiting
    Then the helper says "Tom is not waiting"
    When Ella wants a swing
    And Tom wants a swing
    And Ella gets off
    And Ella wants a swing
    And Mia wants a swing
    Then Ella is swinging
    And the line is "Mia"

  Scenario: someone leaves the line
    Given the swings are empty
    When Ella wants a swing
    And Tom wants a swing
    And Mia wants a swing
    And Sam wants a swing
    And Zoe wants a swing
    And Mia gives up waiting
    And Ella gets off
    Then Sam is swinging
    And the line is "Zoe"
