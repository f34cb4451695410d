Feature: Toy robot on the table
  The table is 5 squares by 5, numbered 0 to 4 each way from the south-west corner; north
  is up the second number. A move that would take the robot off the table is not made.

  Scenario: a short walk
    Given the robot is at 0,0 facing "north"
    When the robot moves forward 3
    And the robot turns right
    And the robot moves forward 2
    Then the robot is at 2,3 facing "east"

  Scenario: along two edges
    Given the robot is at 4,4 facing "south"
    When the robot moves forward 4
    And the robot turns right
    And the robot moves forward 5
    Then the robot beeps "that would fall off the table"
    When the robot moves forward 4
    Then the robot is at 0,0 facing "west"

  Scenario: spinning round
    Given the robot is at 2,2 facing "east"
    When the robot turns left
    And the robot turns left
    And the robot turns left
    And the robot turns left
    And the robot moves forward 3
    Then the robot beeps "that would fall off the table"
    And the robot is at 2,2 facing "east"

  Scenario: stopping at the top edge
    Given the robot is at 1,3 facing "west"
    When the robot turns right
    And the robot moves forward 2
    Then the robot beeps "that would fall off the table"
    When the robot moves forward 1
    And the robot turns right
    And the robot moves forward 3
    Then the robot is at 4,4 facing "east"
