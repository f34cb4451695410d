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
      | 60%  | 5    | 20   | indoors        |
      | 59%  | 5    | 20   | park picnic    |
      | 90%  | 30   | 8    | indoors        |
      | 20%  | 25   | 20   | sheltered spot |
      | 20%  | 24   | 20   | park picnic    |
      | 30%  | 30   | 5    | sheltered spot |
      | 10%  | 10   | 11   | bring blankets |
      | 10%  | 10   | 12   | park picnic    |
      | 0%   | 24   | 11   | bring blankets |
