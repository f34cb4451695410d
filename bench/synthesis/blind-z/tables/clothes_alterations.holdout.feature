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
      | hems | sleeves | express | total  |
      | 0    | 1       | no      | 14.00  |
      | 1    | 1       | yes     | 28.50  |
      | 4    | 2       | no      | 59.40  |
      | 6    | 0       | yes     | 56.30  |
      | 2    | 4       | yes     | 72.50  |
      | 10   | 5       | no      | 148.50 |
