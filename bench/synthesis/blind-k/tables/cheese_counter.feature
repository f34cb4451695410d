Feature: Cheese counter labels

  Scenario Outline: pricing a cut piece
    Given a piece of "<cheese>" weighing <grams> g
    And the cheese costs <per_kg> per kg
    When the label is printed
    Then the price on the label is <price>

    Examples:
      | cheese         | grams | per_kg | price |
      | Gouda          | 250   | 18.90  | 4.73  |
      | Mature Cheddar | 1000  | 12.40  | 12.40 |
      | Comte          | 235   | 32.50  | 7.64  |
      | Blue Stilton   | 100   | 21.99  | 2.20  |
      | Edam           | 1500  | 9.95   | 14.93 |
      | Parmesan       | 83    | 29.00  | 2.41  |
      | Brie de Meaux  | 412   | 15.80  | 6.51  |
      | Manchego       | 50    | 27.30  | 1.37  |
