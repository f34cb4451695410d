Feature: Cheapest diesel nearby
  The app points to the station with the lowest diesel price and shows how
  much a 50 litre fill there saves compared with the dearest of the three
  stations, in euros to the cent.

  Scenario Outline: comparing three stations
    Given "Northgate" sells diesel at <north>
    And "Riverside" sells diesel at <river>
    And "Hilltop" sells diesel at <hill>
    When the cheapest station is found
    Then the app points to "<cheapest>"
    And a 50 litre fill saves <saving>

    Examples:
      | north | river | hill  | cheapest  | saving |
      | 1.689 | 1.659 | 1.702 | Riverside | 2.15   |
      | 1.599 | 1.649 | 1.629 | Northgate | 2.50   |
      | 1.719 | 1.729 | 1.699 | Hilltop   | 1.50   |
      | 1.655 | 1.654 | 1.656 | Riverside | 0.10   |
      | 1.801 | 1.689 | 1.745 | Riverside | 5.60   |
      | 1.579 | 1.601 | 1.633 | Northgate | 2.70   |
      | 1.777 | 1.778 | 1.699 | Hilltop   | 3.95   |
      | 1.641 | 1.713 | 1.702 | Northgate | 3.60   |
