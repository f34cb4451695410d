Feature: Choosing a builder
  We always go with the middle one of three quotes: not the cheapest, not the dearest.

  Scenario Outline: picking the quote
    Given quotes of <first>, <second> and <third>
    When a quote is chosen
    Then we accept the quote of <chosen>

    Examples:
      | first | second | third | chosen |
      | 100   | 200    | 300   | 200    |
      | 500   | 150    | 320   | 320    |
      | 80    | 80     | 120   | 80     |
      | 900   | 400    | 650   | 650    |
      | 250   | 300    | 275   | 275    |
