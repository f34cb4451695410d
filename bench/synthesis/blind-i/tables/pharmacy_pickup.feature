Feature: Pharmacy pickup text

  Scenario Outline: telling a customer the order is ready
    Given the customer is "<name>"
    And <items> items are ready
    And they can collect at counter <counter>
    When the pickup text is sent
    Then the text reads "<text>"

    Examples:
      | name  | items | counter | text                                       |
      | Ana   | 2     | 3       | Hi Ana, 2 items are ready at counter 3.    |
      | Ben   | 1     | 1       | Hi Ben, 1 item is ready at counter 1.      |
      | Chloe | 5     | 2       | Hi Chloe, 5 items are ready at counter 2.  |
      | Dev   | 1     | 4       | Hi Dev, 1 item is ready at counter 4.      |
      | Eva   | 10    | 1       | Hi Eva, 10 items are ready at counter 1.   |
      | Farid | 3     | 2       | Hi Farid, 3 items are ready at counter 2.  |
      | Grace | 12    | 5       | Hi Grace, 12 items are ready at counter 5. |
      | Hugo  | 2     | 1       | Hi Hugo, 2 items are ready at counter 1.   |
