Feature: Gear selector
  The automatic gear lever moves one step at a time through P, R, N and D. Pulling it back
  moves towards D and pushing it forward moves towards P. Leaving P needs a foot on the
  brake.

  Scenario: parking from reverse
    Given the car is in "R"
    When the lever is pulled back
    Then the display shows "N"
    When the lever is pushed forward
    Then the display shows "R"
    When the lever is pushed forward
    Then the display shows "P"
    When the lever is pulled back
    Then the lever will not move: "press the brake to leave P"

  Scenario: drive and back to reverse
    Given the car is in "P"
    When the driver presses the brake
    And the lever is pulled back
    And the lever is pulled back
    And the lever is pulled back
    Then the display shows "D"
    When the driver releases the brake
    And the lever is pushed forward
    And the lever is pushed forward
    Then the display shows "R"

  Scenario: brake held at park
    Given the car is in "N"
    When the lever is pushed forward
    And the lever is pushed forward
    Then the display shows "P"
    When the driver presses the brake
    And the lever is pushed forward
    Then the lever will not move: "the lever is already at P"
    When the lever is pulled back
    Then the display shows "R"
