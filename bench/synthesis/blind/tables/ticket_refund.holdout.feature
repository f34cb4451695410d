Feature: Rail ticket refunds
  Flexible tickets are always refunded in full. Standard tickets get 100 percent back when cancelled at least 14 days before travel, 50 percent when cancelled at least 2 days before, and nothing after that. Saver tickets are never refunded.

  Scenario Outline: cancelling a ticket
    Given a <fare> ticket
    And it is cancelled <days> days before travel
    When the refund is calculated
    Then <refund> percent of the fare is refunded

    Examples:
      | fare     | days | refund |
      | standard | 40   | 100    |
      | standard | 7    | 50     |
      | standard | 0    | 0      |
      | flexible | 1    | 100    |
      | saver    | 3    | 0      |
