Feature: Ferry fares
  A car costs 45.00 with up to 2 people on board and 9.50 for each further
  person. A van costs 60.00 with its driver and 9.50 for each further person.
  A motorbike costs 20.00 with its rider and 9.50 for a passenger. Foot
  passengers pay 12.00 each.

  Scenario Outline: fare for one crossing
    Given a "<vehicle>" with <people> people on board
    When the crossing is priced
    Then the fare is <fare> euros

    Examples:
      | vehicle | people | fare   |
      | car     | 4      | 64.00  |
      | van     | 2      | 69.50  |
      | foot    | 1      | 12.00  |
      | foot    | 7      | 84.00  |
      | van     | 6      | 107.50 |
      | car     | 7      | 92.50  |
