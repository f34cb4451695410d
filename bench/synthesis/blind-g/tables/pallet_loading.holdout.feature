Feature: Loading boxes onto pallets

  Scenario Outline: pallets for a shipment
    Given <boxes> boxes to ship
    When the boxes are loaded onto pallets
    Then <pallets> pallets are needed
    And the last pallet holds <last> boxes

    Examples:
      | boxes | pallets | last |
      | 20    | 1       | 20   |
      | 79    | 2       | 39   |
      | 120   | 3       | 40   |
      | 200   | 5       | 40   |
      | 333   | 9       | 13   |
      | 45    | 2       | 5    |
