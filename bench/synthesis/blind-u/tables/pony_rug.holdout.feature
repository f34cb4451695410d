Feature: Choosing a rug for the pony
  Go by the lowest temperature forecast for tonight. At 15 degrees or warmer no rug is needed,
  10 to 14 degrees calls for a lightweight, 5 to 9 for a mediumweight and anything below 5 for a
  heavyweight. A clipped pony needs the next rug up, and heavyweight is the warmest we have.

  Scenario Outline: picking the rug for tonight
    Given tonight's lowest temperature is <low> degrees
    And the pony is clipped: <clipped>
    When the rug is chosen
    Then the pony wears "<rug>"

    Examples:
      | low | clipped | rug          |
      | 20  | no      | no rug       |
      | 12  | yes     | mediumweight |
      | 7   | no      | mediumweight |
      | 2   | yes     | heavyweight  |
      | -3  | no      | heavyweight  |
      | 17  | yes     | lightweight  |
