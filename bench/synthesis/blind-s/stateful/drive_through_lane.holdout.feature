Feature: Drive-through lane
  The lane holds at most 5 cars. Cars are served at the window in the order they joined, and a
  driver may give up and leave the lane at any time.

  Background:
    Given the lane is empty

  Scenario: one served and one gives up
    When the white car joins the lane
    And the black car joins the lane
    And the car at the window is served
    And the red car joins the lane
    And the black car leaves the lane
    Then the lane holds "red"
    And the served count is 1

  Scenario: a space opens further back
    When the red car joins the lane
    And the blue car joins the lane
    And the green car joins the lane
    And the white car joins the lane
    And the black car joins the lane
    And the blue car leaves the lane
    And the silver car joins the lane
    And the grey car joins the lane
    Then the attendant says "the lane is full"
    And the lane holds "red, green, white, black, silver"

  Scenario: coming round again
    When the green car joins the lane
    And the car at the window is served
    And the car at the window is served
    Then the attendant says "there is nobody to serve"
    When the green car joins the lane
    And the yellow car joins the lane
    And the yellow car joins the lane
    Then the attendant says "the yellow car is already in the lane"
    And the lane holds "green, yellow"
    When the car at the window is served
    Then the served count is 2
