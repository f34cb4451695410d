Feature: Driving lesson prices
  A single lesson is 38.00. Lessons booked as a block of ten cost 340.00 for the block, and
  any lessons beyond whole blocks are charged at the single price.

  Scenario Outline: the price of a booking
    Given a learner books <lessons> lessons
    When the instructor works out the price
    Then the learner pays <price>
    And the saving on single lessons is <saving>

    Examples:
      | lessons | price   | saving |
      | 3       | 114.00  | 0.00   |
      | 7       | 266.00  | 0.00   |
      | 13      | 454.00  | 40.00  |
      | 30      | 1020.00 | 120.00 |
      | 36      | 1248.00 | 120.00 |
      | 45      | 1550.00 | 160.00 |
