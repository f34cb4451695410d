Feature: Pharmacy pickup text

  Scenario Outline: telling a customer the order is ready
    Given the customer is "<name>"
    And <items> items are ready
    And they can collect at counter <counter>
    When the pickup text is sent
    Then the text reads "<text>"

    Examples:
      | name  | items | counter | text                                       |
      | Ines  | 4     | 3       | Hi Ines, 4 items are ready at counter 3.   |
      | Jonas | 1     | 2       | Hi Jonas, 1 item is ready at counter 2.    |
      | Kemal | 7     | 4       | Hi Kemal, 7 items are ready at counter 4.  |
      | Lena  | 1     | 5       | Hi Lena, 1 item is ready at counter 5.     |
      | Marta | 20    | 3       | Hi Marta, 20 items are ready at counter 3. |
