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
      | 15  | no      | no rug       |
      | 14  | no      | lightweight  |
      | 10  | no      | lightweight  |
      | 9   | no      | mediumweight |
      | 5   | no      | mediumweight |
      | 4   | no      | heavyweight  |
      | 15  | yes     | lightweight  |
      | 9   | yes     | heavyweight  |
      | 4   | yes     | heavyweight  |
