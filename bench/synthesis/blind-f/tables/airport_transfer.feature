Feature: Bus or train to the airport

  Scenario Outline: the cheaper way to the airport
    Given the bus costs <bus> euros
    And the train costs <train> euros
    When the cheaper way is chosen
    Then take the "<choice>"
    And it saves <saving> euros

    Examples:
      | bus   | train | choice | saving |
      | 12.50 | 18.00 | bus    | 5.50   |
      | 20.00 | 15.00 | train  | 5.00   |
      | 9.90  | 9.90  | either | 0.00   |
      | 0.00  | 4.20  | bus    | 4.20   |
      | 30.00 | 29.99 | train  | 0.01   |
      | 7.40  | 11.00 | bus    | 3.60   |
      | 25.00 | 10.50 | train  | 14.50  |
      | 16.00 | 16.00 | either | 0.00   |
