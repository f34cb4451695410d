Feature: Builders' quotes

  Scenario Outline: comparing three quotes
    Given quotes of <first>, <second> and <third> euros
    When the quotes are compared
    Then the middle quote is <middle> euros
    And the cheapest is <cheapest> euros

    Examples:
      | first | second | third | middle | cheapest |
      | 640   | 720    | 580   | 640    | 580      |
      | 5000  | 4200   | 4200  | 4200   | 4200     |
      | 1500  | 1750   | 1600  | 1600   | 1500     |
      | 310   | 290    | 300   | 300    | 290      |
      | 8800  | 9900   | 8900  | 8900   | 8800     |
