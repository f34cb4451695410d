Feature: Garden centre plant stock

  Scenario: selling a few pots
    Given the garden centre has in stock:
      | plant    | pots |
      | lavender | 5    |
      | rose     | 2    |
    When Ana buys 2 "lavender"
    Then the shelf label for "lavender" says "3 in stock"
    And the shelf label for "rose" says "2 in stock"

  Scenario: the last roses go
    Given the garden centre has in stock:
      | plant | pots |
      | rose  | 2    |
    When Ana buys 2 "rose"
    Then the shelf label for "rose" says "sold out"
    When Ben buys 1 "rose"
    Then the sale is refused with "rose is sold out"

  Scenario: asking for more than there is
    Given the garden centre has in stock:
      | plant    | pots |
      | lavender | 3    |
    When Ana buys 4 "lavender"
    Then the sale is refused with "we have only 3 lavender"
    And the shelf label for "lavender" says "3 in stock"
    When Ana buys 3 "lavender"
    Then the shelf label for "lavender" says "sold out"

  Scenario: a delivery and a plant we do not sell
    Given the garden centre has in stock:
      | plant | pots |
      | rose  | 1    |
      | fern  | 0    |
    When 6 "fern" are delivered
    Then the shelf label for "fern" says "6 in stock"
    When Ben buys 1 "tulip"
    Then the sale is refused with "we do not stock tulip"
    And the shelf label for "rose" says "1 in stock"

  Scenario: restocking olive trees
    Given the garden centre has in stock:
      | plant      | pots |
      | olive tree | 1    |
    When Omar buys 1 "olive tree"
    Then the shelf label for "olive tree" says "sold out"
    When 2 "olive tree" are delivered
    Then the shelf label for "olive tree" says "2 in stock"
