Feature: Room comfort display
  Below 18.0 degrees the display shows "cold" and the heating is on. From 18.0
  up to and including 24.0 it shows "comfortable", and above 24.0 "warm". The
  heating is on only when it is cold.

  Scenario Outline: comfort label and heating
    Given a room at <temperature> degrees
    When the display is updated
    Then the display shows "<label>"
    And the heating is on: <heating>

    Examples:
      | temperature | label       | heating |
      | 10.5        | cold        | yes     |
      | 18.1        | comfortable | no      |
      | 23.9        | comfortable | no      |
      | 26.5        | warm        | no      |
      | 0.0         | cold        | yes     |
