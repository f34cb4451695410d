Feature: Picnic plan
  A 60% chance of rain or more moves the picnic indoors, whatever else the forecast says.
  Otherwise wind of 25 mph or more sends us to a sheltered spot; after that, under 12 degrees
  means bring blankets, and anything else is a picnic in the park.

  Scenario Outline: choosing the plan
    Given the chance of rain is "<rain>"
    And the wind is <wind> mph
    And the temperature is <temp> degrees
    When the picnic is planned
    Then the plan is "<plan>"

    Examples:
      | rain | wind | temp | plan           |
      | 75%  | 10   | 25   | indoors        |
      | 45%  | 40   | 18   | sheltered spot |
      | 50%  | 15   | 3    | bring blankets |
      | 5%   | 12   | 22   | park picnic    |
      | 59%  | 26   | 9    | sheltered spot |
      | 35%  | 20   | 16   | park picnic    |
