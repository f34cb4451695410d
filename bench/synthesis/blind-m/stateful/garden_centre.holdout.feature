Feature: Garden centre plant stock

  Scenario: heather runs low
    Given the garden centre has in stock:
      | plant     | pots |
      | heather   | 4    |
      | box hedge | 10   |
    When Cal buys 3 "heather"
    And Cal buys 2 "heather"
    Then the sale is refused with "we have only 1 heather"
    And the shelf label for "heather" says "1 in stock"
    And the shelf label for "box hedge" says "10 in stock"

  Scenario: mint comes back in
    Given the garden centre has in stock:
      | plant | pots |
      | fern  | 2    |
      | mint  | 0    |
    When Dee buys 1 "mint"
    Then the sale is refused with "mint is sold out"
    When 5 "mint" are delivered
    And Dee buys 5 "mint"
    Then the shelf label for "mint" says "sold out"
    When Dee buys 1 "cactus"
    Then the sale is refused with "we do not stock cactus"
