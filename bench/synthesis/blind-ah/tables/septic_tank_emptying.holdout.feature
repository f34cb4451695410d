Feature: Septic tank emptying
  The tanker carries 4000 litres, so a bigger tank takes more than one trip. The first trip
  costs 185.00 and each further trip 135.00.

  Scenario Outline: a quote for emptying a tank
    Given a septic tank holding <litres> litres
    When the job is quoted
    Then the number of trips is <trips>
    And the price is <price>

    Examples:
      | litres | trips | price   |
      | 1500   | 1     | 185.00  |
      | 5200   | 2     | 320.00  |
      | 9900   | 3     | 455.00  |
      | 16000  | 4     | 590.00  |
      | 17250  | 5     | 725.00  |
      | 30100  | 8     | 1130.00 |
