Feature: Driving lesson prices
  A single lesson is 38.00. Lessons booked as a block of ten cost 340.00 for the block, and
  any lessons beyond whole blocks are charged at the single price.

  Scenario Outline: the price of a booking
    Given a learner books <lessons> lessons
    When the instructor works out the price
    Then the learner pays <price>
    And the saving on single lessons is <saving>

    Examples:
      | lessons | price  | saving |
      | 2       | 76.00  | 0.00   |
      | 5       | 190.00 | 0.00   |
      | 9       | 342.00 | 0.00   |
      | 10      | 340.00 | 40.00  |
      | 11      | 378.00 | 40.00  |
      | 15      | 530.00 | 40.00  |
      | 19      | 682.00 | 40.00  |
      | 20      | 680.00 | 80.00  |
      | 24      | 832.00 | 80.00  |
