Feature: Septic tank emptying
  The tanker carries 4000 litres, so a bigger tank takes more than one trip. The first trip
  costs 185.00 and each further trip 135.00.

  Scenario Outline: a quote for emptying a tank
    Given a septic tank holding <litres> litres
    When the job is quoted
    Then the number of trips is <trips>
    And the price is <price>

    Examples:
      | litres | trips | price  |
      | 2800   | 1     | 185.00 |
      | 4000   | 1     | 185.00 |
      | 4001   | 2     | 320.00 |
      | 6500   | 2     | 320.00 |
      | 8000   | 2     | 320.00 |
      | 8001   | 3     | 455.00 |
      | 12000  | 3     | 455.00 |
      | 15500  | 4     | 590.00 |
      | 23000  | 6     | 860.00 |
