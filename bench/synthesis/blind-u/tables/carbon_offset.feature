Feature: Carbon footprint of a flight
  Count 0.15 kg of CO2 for every km flown by one passenger, and the distance twice for a return
  trip. The CO2 is shown to the nearest kg. A tree takes up 20 kg, so the trees to plant are the
  exact CO2 divided by 20, rounded up.

  Scenario Outline: working out the footprint
    Given a flight of <km> km each way
    And it is a return trip: <return>
    When the carbon footprint is worked out
    Then the CO2 is <co2> kg
    And the number of trees to plant is <trees>

    Examples:
      | km   | return | co2  | trees |
      | 343  | no     | 51   | 3     |
      | 343  | yes    | 103  | 6     |
      | 669  | no     | 100  | 6     |
      | 400  | no     | 60   | 3     |
      | 401  | no     | 60   | 4     |
      | 1000 | yes    | 300  | 15    |
      | 1234 | no     | 185  | 10    |
      | 5570 | yes    | 1671 | 84    |
      | 88   | no     | 13   | 1     |
