Feature: Cheese counter labels

  Scenario Outline: pricing a cut piece
    Given a piece of "<cheese>" weighing <grams> g
    And the cheese costs <per_kg> per kg
    When the label is printed
    Then the price on the label is <price>

    Examples:
      | cheese         | grams | per_kg | price |
      | Gouda          | 350   | 18.90  | 6.62  |
      | Mature Cheddar | 750   | 12.40  | 9.30  |
      | Comte          | 125   | 32.50  | 4.06  |
      | Edam           | 2000  | 9.95   | 19.90 |
      | Roquefort      | 45    | 34.90  | 1.57  |
      | Red Leicester  | 610   | 15.85  | 9.67  |
