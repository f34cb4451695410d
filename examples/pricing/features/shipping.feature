Feature: Shipping cost
  Parcels up to 2 kg cost a flat 4.50; every kilogram above that adds 1.25.

  Scenario Outline: cost by weight
    Given a parcel weighing <weight> kg
    When the shipping cost is calculated
    Then the cost is <cost>

    Examples:
      | weight | cost  |
      | 0.5    | 4.5   |
      | 2      | 4.5   |
      | 2.5    | 5.125 |
      | 3      | 5.75  |
      | 4      | 7     |
      | 10     | 14.5  |
