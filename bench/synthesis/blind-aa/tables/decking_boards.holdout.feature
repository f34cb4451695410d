Feature: Decking materials
  Each board is 145 mm wide and is laid with a 5 mm gap, so it covers 150 mm of the width
  of the deck. A part board still counts as a whole board. Every board gets two screws
  at each joist.

  Scenario Outline: boards and screws for a deck
    Given a deck <width> mm wide
    And <joists> joists under it
    When the materials are worked out
    Then <boards> boards are needed
    And <screws> screws are needed

    Examples:
      | width | joists | boards | screws |
      | 600   | 3      | 4      | 24     |
      | 1000  | 4      | 7      | 56     |
      | 2250  | 6      | 15     | 180    |
      | 2251  | 6      | 16     | 192    |
      | 5000  | 11     | 34     | 748    |
      | 7500  | 12     | 50     | 1200   |
