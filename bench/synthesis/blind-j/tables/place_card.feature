Feature: Wedding place cards

  Scenario Outline: printing a place card
    Given the guest list says "<listed>"
    When the place card is printed
    Then the card reads "<card>"
    And the napkin ring shows "<initials>"

    Examples:
      | listed          | card           | initials |
      | smith, john     | John Smith     | JS       |
      | OKAFOR, Chidi   | Chidi Okafor   | CO       |
      | nguyen,lan      | Lan Nguyen     | LN       |
      | brown, mary ann | Mary Ann Brown | MAB      |
      | Garcia, ELENA   | Elena Garcia   | EG       |
      | white ,  tom    | Tom White      | TW       |
      | de luca, marco  | Marco De Luca  | MDL      |
      | patel, priya    | Priya Patel    | PP       |
