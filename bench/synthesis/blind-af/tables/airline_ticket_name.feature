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
      | title | first       | surname     | ticket               |
      | Mr    | John        | Smith       | SMITH/JOHN MR        |
      | Ms    | Ana         | Li          | LI/ANA MS            |
      | Dr    | Priya       | Ramanathan  | RAMANATHAN/PRIYA DR  |
      | Mrs   | Elizabeth   | Worthington | WORTHINGTON/E MRS    |
      | Mr    | Christopher | Hall        | HALL/CHRISTOPHER MR  |
      | Miss  | Alexandra   | Bennett     | BENNETT/A MISS       |
      | Mr    | Maximilian  | Fairbanks   | FAIRBANKS/M MR       |
      | Dr    | Gabriella   | Thomson     | THOMSON/GABRIELLA DR |
      | Mrs   | Gabriella   | Thomson     | THOMSON/G MRS        |
