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
      | vehicle   | people | fare  |
      | car       | 1      | 45.00 |
      | car       | 2      | 45.00 |
      | car       | 3      | 54.50 |
      | car       | 5      | 73.50 |
      | van       | 1      | 60.00 |
      | van       | 3      | 79.00 |
      | motorbike | 1      | 20.00 |
      | motorbike | 2      | 29.50 |
      | foot      | 4      | 48.00 |
