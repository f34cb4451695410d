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
      | 1.690 | 1.701 | 1.688 | Hilltop   | 0.65   |
      | 1.612 | 1.599 | 1.650 | Riverside | 2.55   |
      | 1.745 | 1.811 | 1.760 | Northgate | 3.30   |
      | 1.599 | 1.600 | 1.601 | Northgate | 0.10   |
      | 1.701 | 1.689 | 1.789 | Riverside | 5.00   |
      | 1.723 | 1.734 | 1.678 | Hilltop   | 2.80   |
