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
      | 2      | 1     | 32    |
      | 10     | 1     | 16    |
      | 17     | 1     | 2     |
      | 18     | 1     | 0     |
      | 19     | 2     | 34    |
      | 36     | 2     | 0     |
      | 37     | 3     | 34    |
      | 50     | 3     | 8     |
      | 75     | 5     | 30    |
