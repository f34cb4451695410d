Feature: Courier prices
  Standard parcels cost 5 plus 1.50 per kg; express parcels cost 12 plus 2 per kg.

  Scenario Outline: pricing a parcel
    Given a <service> parcel weighing <kg> kg
    When the parcel is priced
    Then the price is <price>

    Examples:
      | service  | kg  | price |
      | standard | 2.5 | 8.75  |
      | express  | 10  | 32    |
      | standard | 0.5 | 5.75  |
      | express  | 3   | 18    |
      | standard | 30  | 50    |
