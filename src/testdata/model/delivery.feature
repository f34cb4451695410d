Feature: Delivery time
  Delivery takes 1 day under 50 km, 2 days up to 300 km, and 4 days beyond.

  Scenario Outline: days on the road
    Given a parcel travelling <km> km
    When the delivery time is estimated
    Then the delivery takes <days> days

    Examples:
      | km  | days |
      | 10  | 1    |
      | 49  | 1    |
      | 50  | 2    |
      | 120 | 2    |
      | 300 | 2    |
      | 301 | 4    |
      | 800 | 4    |
