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
      | 120   | 30     | no         | no    | yes     |
      | 249   | 120    | no         | yes   | yes     |
      | 249   | 121    | yes        | no    | no      |
      | 250   | 50     | yes        | no    | yes     |
      | 250   | 50     | no         | no    | no      |
      | 900   | 100    | yes        | yes   | no      |
      | 900   | 120    | yes        | no    | yes     |
      | 900   | 121    | yes        | no    | no      |
      | 2000  | 10     | no         | yes   | no      |
