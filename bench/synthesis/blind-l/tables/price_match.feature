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
      | ours   | theirs | pays   | saving |
      | 20.00  | 18.00  | 17.10  | 2.90   |
      | 20.00  | 20.00  | 20.00  | 0.00   |
      | 20.00  | 21.50  | 20.00  | 0.00   |
      | 49.99  | 45.99  | 43.69  | 6.30   |
      | 9.99   | 9.49   | 9.02   | 0.97   |
      | 129.00 | 119.90 | 113.91 | 15.09  |
      | 5.00   | 4.90   | 4.66   | 0.34   |
      | 19.99  | 19.98  | 18.98  | 1.01   |
      | 250.00 | 199.00 | 189.05 | 60.95  |
