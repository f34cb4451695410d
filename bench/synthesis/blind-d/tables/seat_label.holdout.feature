Feature: Cinema tickets

  Scenario Outline: the seat printed on a ticket
    Given seat number <seat> in the hall
    When the seat is labelled
    Then the ticket shows seat "<label>"

    Examples:
      | seat | label |
      | 7    | A7    |
      | 18   | B6    |
      | 36   | C12   |
      | 37   | D1    |
      | 144  | L12   |
