Feature: Drone rules
  Drones under 250 g may fly anywhere up to 120 m. From 250 g the pilot must be registered and
  the drone must not pass over a crowd. Nothing may fly higher than 120 m.

  Scenario Outline: checking a planned flight
    Given a drone weighing <grams> g
    And a planned height of <height> m
    And the pilot is registered: <registered>
    And the flight passes over a crowd: <crowd>
    When the flight is checked
    Then the flight is allowed: <allowed>

    Examples:
      | grams | height | registered | crowd | allowed |
      | 100   | 119    | no         | yes   | yes     |
      | 249   | 130    | no         | no    | no      |
      | 300   | 60     | yes        | no    | yes     |
      | 550   | 80     | no         | no    | no      |
      | 700   | 150    | yes        | no    | no      |
      | 1200  | 40     | yes        | yes   | no      |
