Feature: Coffee bar prices
  A small coffee is 2.20, a medium 2.80 and a large 3.30. Oat milk costs 0.40
  more, dairy milk is free, and an extra shot adds 0.50.

  Scenario Outline: price of a coffee
    Given a "<size>" coffee
    And the milk is "<milk>"
    And an extra shot: <shot>
    When the coffee is rung up
    Then the price is <price>

    Examples:
      | size   | milk  | shot | price |
      | small  | none  | no   | 2.20  |
      | medium | none  | no   | 2.80  |
      | large  | none  | no   | 3.30  |
      | small  | oat   | no   | 2.60  |
      | medium | dairy | no   | 2.80  |
      | large  | oat   | yes  | 4.20  |
      | small  | dairy | yes  | 2.70  |
      | medium | oat   | yes  | 3.70  |
      | large  | dairy | no   | 3.30  |
