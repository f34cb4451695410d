Feature: Courier prices
  Standard parcels cost 5 plus 1.50 per kg; express parcels cost 12 plus 2 per kg.

  Scenario Outline: pricing a parcel
    Given a <service> parcel weighing <kg> kg
    When the parcel is priced
    Then the price is <price>

    Examples:
      | service  | kg  | price |
      | standard | 1   | 6.5   |
      | standard | 4   | 11    |
      | express  | 1   | 14    |
      | express  | 5   | 22    |
      | standard | 10  | 20    |
      | express  | 0.5 | 13    |
