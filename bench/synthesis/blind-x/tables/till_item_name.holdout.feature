Feature: Till item name
  The till prints each word of the product name cut to its first four letters, in
  capitals, with single spaces between the words.

  Scenario Outline: ringing up a product
    Given the product is called "<product>"
    When it is rung up at the till
    Then the receipt shows "<receipt>"

    Examples:
      | product                     | receipt             |
      | Greek Yoghurt               | GREE YOGH           |
      | Kitchen Roll                | KITC ROLL           |
      | Salted Butter               | SALT BUTT           |
      | Ice                         | ICE                 |
      | Extra Mature Cheddar Cheese | EXTR MATU CHED CHEE |
      | tinned tomatoes             | TINN TOMA           |
