Feature: Parcel postage
  Parcels up to 500 g cost 3.20 euros and parcels up to 2 kg cost 5.90 euros.
  A heavier parcel costs 5.90 euros plus 1.50 euros for every started kilogram
  over the first 2 kg.

  Scenario Outline: postage for one parcel
    Given a parcel weighing <weight> grams
    When the postage is worked out
    Then the postage is <price> euros

    Examples:
      | weight | price |
      | 1      | 3.20  |
      | 500    | 3.20  |
      | 501    | 5.90  |
      | 2000   | 5.90  |
      | 2001   | 7.40  |
      | 3000   | 7.40  |
      | 3001   | 8.90  |
      | 7250   | 14.90 |
      | 20000  | 32.90 |
