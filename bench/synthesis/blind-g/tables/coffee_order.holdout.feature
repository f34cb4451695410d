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
      | size   | milk | shot | price |
      | small  | oat  | yes  | 3.10  |
      | medium | none | yes  | 3.30  |
      | large  | none | yes  | 3.80  |
      | medium | oat  | no   | 3.20  |
      | large  | oat  | no   | 3.70  |
      | small  | none | yes  | 2.70  |
