Feature: Warehouse shift rota

  Scenario Outline: the shift for a week
    Given it is week <week> of the year
    When the rota is read
    Then the team works the <shift> shift

    Examples:
      | week | shift |
      | 52   | early |
      | 33   | late  |
      | 4    | early |
      | 49   | late  |
