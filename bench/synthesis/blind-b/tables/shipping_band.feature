Feature: Parcel shipping rates
  Parcels up to 2 kg cost 4.50 to send, up to 10 kg cost 7.90 and up to 30 kg cost 14.00.
  Anything heavier than 30 kg has to go by freight.

  Scenario Outline: the rate depends on the weight
    Given a parcel weighing <weight> kg
    When the shipping rate is looked up
    Then the rate is "<rate>"

    Examples:
      | weight | rate    |
      | 0.5    | 4.50    |
      | 2      | 4.50    |
      | 2.1    | 7.90    |
      | 6      | 7.90    |
      | 10     | 7.90    |
      | 10.5   | 14.00   |
      | 30     | 14.00   |
      | 31     | freight |
