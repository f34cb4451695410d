Feature: Loading boxes onto pallets

  Scenario Outline: pallets for a shipment
    Given <boxes> boxes to ship
    When the boxes are loaded onto pallets
    Then <pallets> pallets are needed
    And the last pallet holds <last> boxes

    Examples:
      | boxes | pallets | last |
      | 0     | 0       | 0    |
      | 1     | 1       | 1    |
      | 39    | 1       | 39   |
      | 40    | 1       | 40   |
      | 41    | 2       | 1    |
      | 80    | 2       | 40   |
      | 100   | 3       | 20   |
      | 121   | 4       | 1    |
