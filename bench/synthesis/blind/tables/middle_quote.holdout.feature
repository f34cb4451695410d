Feature: Choosing a builder
  We always go with the middle one of three quotes: not the cheapest, not the dearest.

  Scenario Outline: picking the quote
    Given quotes of <first>, <second> and <third>
    When a quote is chosen
    Then we accept the quote of <chosen>

    Examples:
      | first | second | third | chosen |
      | 300   | 200    | 100   | 200    |
      | 50    | 50     | 50    | 50     |
      | 1000  | 10     | 500   | 500    |
      | 120   | 150    | 150   | 150    |
      | 4200  | 3900   | 4050  | 4050   |
