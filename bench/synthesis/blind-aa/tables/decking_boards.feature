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
      | 900   | 4      | 6      | 48     |
      | 1500  | 5      | 10     | 100    |
      | 1650  | 5      | 11     | 110    |
      | 1651  | 5      | 12     | 120    |
      | 2400  | 6      | 16     | 192    |
      | 2990  | 7      | 20     | 280    |
      | 3000  | 7      | 20     | 280    |
      | 3010  | 7      | 21     | 294    |
      | 4200  | 9      | 28     | 504    |
