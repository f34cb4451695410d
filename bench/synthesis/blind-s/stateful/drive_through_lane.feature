Feature: Drive-through lane
  The lane holds at most 5 cars. Cars are served at the window in the order they joined, and a
  driver may give up and leave the lane at any time.

  Background:
    Given the lane is empty

  Scenario: served in order
    When the red car joins the lane
    And the blue car joins the lane
    And the green car joins the lane
    And the car at the window is served
    Then the lane holds "blue, green"
    And the served count is 1

  Scenario: a full lane
    When the red car joins the lane
    And the blue car joins the lane
    And the green car joins the lane
    And the white car joins the lane
    And the black car joins the lane
    And the silver car joins the lane
    Then the attendant says "the lane is full"
    When the car at the window is served
    And the silver car joins the lane
    Then the lane holds "blue, green, white, black, silver"

  Scenario: giving up
    When the red car joins the lane
    And the blue car joins the lane
    And the yellow car joins the lane
    And the blue car leaves the lane
    Then the lane holds "red, yellow"
    When the grey car leaves the lane
    Then the attendant says "the grey car is not in the lane"

  Scenario: nobody left to serve
    When the red car joins the lane
    And the red car joins the lane
    Then the attendant says "the red car is already in the lane"
    When the car at the window is served
    And the car at the window is served
    Then the attendant says "there is nobody to serve"
    And the lane is empty
    And the served count is 1
