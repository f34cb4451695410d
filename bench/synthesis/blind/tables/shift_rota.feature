Feature: Warehouse shift rota

  Scenario Outline: the shift for a week
    Given it is week <week> of the year
    When the rota is read
    Then the team works the <shift> shift

    Examples:
      | week | shift |
      | 1    | late  |
      | 2    | early |
      | 3    | late  |
      | 10   | early |
      | 17   | late  |
      | 26   | early |
