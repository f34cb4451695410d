Feature: Clothes alterations
  Taking up a hem costs 9.50 and shortening a pair of sleeves costs 14.00. An order of three
  or more items gets 10% off. Express service, ready the next day, adds 5.00 to the order
  after any discount.

  Scenario Outline: pricing an alterations order
    Given the number of hems to take up is <hems>
    And the number of sleeve jobs is <sleeves>
    And express service is wanted: <express>
    When the alterations are priced
    Then the order comes to <total>

    Examples:
      | hems | sleeves | express | total |
      | 1    | 0       | no      | 9.50  |
      | 2    | 0       | no      | 19.00 |
      | 1    | 1       | no      | 23.50 |
      | 2    | 1       | no      | 29.70 |
      | 3    | 0       | no      | 25.65 |
      | 0    | 2       | yes     | 33.00 |
      | 2    | 1       | yes     | 34.70 |
      | 0    | 3       | no      | 37.80 |
      | 1    | 0       | yes     | 14.50 |
