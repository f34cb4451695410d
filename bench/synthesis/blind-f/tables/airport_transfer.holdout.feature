Feature: Bus or train to the airport

  Scenario Outline: the cheaper way to the airport
    Given the bus costs <bus> euros
    And the train costs <train> euros
    When the cheaper way is chosen
    Then take the "<choice>"
    And it saves <saving> euros

    Examples:
      | bus   | train | choice | saving |
      | 14.00 | 19.50 | bus    | 5.50   |
      | 22.10 | 18.60 | train  | 3.50   |
      | 11.11 | 11.11 | either | 0.00   |
      | 5.00  | 5.01  | bus    | 0.01   |
      | 40.00 | 0.00  | train  | 40.00  |
