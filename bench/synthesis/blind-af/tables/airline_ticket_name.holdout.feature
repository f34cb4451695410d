Feature: Name on an airline ticket
  The ticket shows the surname in capitals, a slash, the first name in capitals, a
  space and the title in capitals. The whole name may be at most 20 characters long;
  when it would be longer, the first name is cut down to its initial.

  Scenario Outline: the name printed on a ticket
    Given a passenger with the title "<title>"
    And the first name "<first>"
    And the surname "<surname>"
    When the ticket name is printed
    Then the ticket reads "<ticket>"

    Examples:
      | title | first       | surname   | ticket             |
      | Mr    | Oliver      | Brown     | BROWN/OLIVER MR    |
      | Dr    | Katherine   | Macdonald | MACDONALD/K DR     |
      | Miss  | Zoe         | Okafor    | OKAFOR/ZOE MISS    |
      | Mrs   | Rosalind    | Patterson | PATTERSON/R MRS    |
      | Ms    | Francesca   | Doyle     | DOYLE/FRANCESCA MS |
      | Mr    | Bartholomew | Ng        | NG/BARTHOLOMEW MR  |
