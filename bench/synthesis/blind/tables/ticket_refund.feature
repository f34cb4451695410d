Feature: Rail ticket refunds
  Flexible tickets are always refunded in full. Standard tickets get 100 percent back when cancelled at least 14 days before travel, 50 percent when cancelled at least 2 days before, and nothing after that. Saver tickets are never refunded.

  Scenario Outline: cancelling a ticket
    Given a <fare> ticket
    And it is cancelled <days> days before travel
    When the refund is calculated
    Then <refund> percent of the fare is refunded

    Examples:
      | fare     | days | refund |
      | flexible | 0    | 100    |
      | flexible | 30   | 100    |
      | standard | 20   | 100    |
      | standard | 14   | 100    |
      | standard | 13   | 50     |
      | standard | 2    | 50     |
      | standard | 1    | 0      |
      | saver    | 60   | 0      |
