Feature: Cinema tickets

  Scenario Outline: the seat printed on a ticket
    Given seat number <seat> in the hall
    When the seat is labelled
    Then the ticket shows seat "<label>"

    Examples:
      | seat | label |
      | 1    | A1    |
      | 12   | A12   |
      | 13   | B1    |
      | 24   | B12   |
      | 25   | C1    |
      | 30   | C6    |
      | 100  | I4    |
