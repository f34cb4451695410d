Feature: Toy robot on the table
  The table is 5 squares by 5, numbered 0 to 4 each way from the south-west corner; north
  is up the second number. A move that would take the robot off the table is not made.

  Scenario: round the bottom corner
    Given the robot is at 3,0 facing "north"
    When the robot turns left
    And the robot moves forward 3
    And the robot turns left
    And the robot moves forward 2
    Then the robot beeps "that would fall off the table"
    When the robot turns left
    And the robot moves forward 4
    Then the robot is at 4,0 facing "east"

  Scenario: down the west side and back up
    Given the robot is at 0,4 facing "east"
    When the robot turns right
    And the robot moves forward 4
    And the robot turns right
    And the robot turns right
    And the robot moves forward 3
    Then the robot is at 0,3 facing "north"

  Scenario: one step at a time
    Given the robot is at 2,1 facing "south"
    When the robot moves forward 1
    And the robot moves forward 1
    Then the robot beeps "that would fall off the table"
    When the robot turns right
    And the robot moves forward 2
    Then the robot is at 0,0 facing "west"
