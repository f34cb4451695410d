Feature: Glass hire for a party
  Allow two glasses for every guest. The hire shop only lends glasses in racks of 36, so order
  enough whole racks; the glasses left over are spares.

  Scenario Outline: ordering glasses
    Given <guests> guests are invited
    When the glass order is made
    Then the racks ordered come to <racks>
    And the spare glasses come to <spare>

    Examples:
      | guests | racks | spare |
      | 5      | 1     | 26    |
      | 25     | 2     | 22    |
      | 54     | 3     | 0     |
      | 60     | 4     | 24    |
      | 100    | 6     | 16    |
      | 163    | 10    | 34    |
