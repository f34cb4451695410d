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
      | km   | return | co2 | trees |
      | 500  | yes    | 150 | 8     |
      | 612  | no     | 92  | 5     |
      | 2001 | no     | 300 | 16    |
      | 150  | yes    | 45  | 3     |
      | 777  | yes    | 233 | 12    |
      | 3333 | no     | 500 | 25    |
