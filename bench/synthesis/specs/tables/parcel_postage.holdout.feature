Feature: Parcel postage
  Postage is a base price for the destination plus a price per kilogram: domestic 4 plus 1 per kg, europe 9 plus 2.50 per kg, world 15 plus 6 per kg.

  Scenario Outline: postage for a parcel
    Given a parcel weighing <kilos> kg going to <zone>
    When the postage is calculated
    Then the postage is <price>

    Examples:
      | kilos | zone     | price |
      | 10    | domestic | 14    |
      | 2     | europe   | 14    |
      | 1     | world    | 21    |
      | 20    | europe   | 59    |
