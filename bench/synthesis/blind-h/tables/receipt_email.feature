Feature: E-mail addresses on printed receipts

  Scenario Outline: hiding most of the address
    Given the customer address "<address>"
    When the receipt is printed
    Then the address on it reads "<printed>"

    Examples:
      | address                | printed                |
      | anna@example.com       | a**a@example.com       |
      | john.smith@mail.org    | j********h@mail.org    |
      | bo@shop.nl             | bo@shop.nl             |
      | x@test.com             | x@test.com             |
      | kim@web.de             | k*m@web.de             |
      | peter_1990@post.co.uk  | p********0@post.co.uk  |
      | maria.garcia@correo.es | m**********a@correo.es |
      | sam@x.co               | s*m@x.co               |
