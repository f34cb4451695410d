Feature: Price match promise
  When a competitor sells the same item for less than we do, the customer pays
  the competitor's price less a further 5%, rounded to the nearest cent (half a
  cent rounds up). The saving is what they would have paid us minus what they
  pay. A competitor price that is the same as ours or higher changes nothing.

  Scenario Outline: matching a competitor
    Given our price is <ours>
    And the competitor price is <theirs>
    When the price is matched
    Then the customer pays <pays>
    And the saving is <saving>

    Examples:
      | ours  | theirs | pays  | saving |
      | 30.00 | 27.00  | 25.65 | 4.35   |
      | 15.50 | 15.50  | 15.50 | 0.00   |
      | 75.00 | 64.99  | 61.74 | 13.26  |
      | 12.00 | 11.10  | 10.55 | 1.45   |
      | 8.00  | 9.25   | 8.00  | 0.00   |
      | 99.99 | 89.70  | 85.22 | 14.77  |
