Feature: Builders' quotes

  Scenario Outline: comparing three quotes
    Given quotes of <first>, <second> and <third> euros
    When the quotes are compared
    Then the middle quote is <middle> euros
    And the cheapest is <cheapest> euros

    Examples:
      | first | second | third | middle | cheapest |
      | 1200  | 900    | 1500  | 1200   | 900      |
      | 800   | 800    | 950   | 800    | 800      |
      | 3000  | 2500   | 2750  | 2750   | 2500     |
      | 450   | 600    | 500   | 500    | 450      |
      | 1000  | 1000   | 1000  | 1000   | 1000     |
      | 7200  | 6800   | 9100  | 7200   | 6800     |
      | 2100  | 1850   | 1850  | 1850   | 1850     |
      | 99    | 150    | 120   | 120    | 99       |
