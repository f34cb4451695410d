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
      | 15.0        | cold        | yes     |
      | 17.9        | cold        | yes     |
      | 18.0        | comfortable | no      |
      | 21.5        | comfortable | no      |
      | 24.0        | comfortable | no      |
      | 24.1        | warm        | no      |
      | 29.0        | warm        | no      |
      | -3.0        | cold        | yes     |
