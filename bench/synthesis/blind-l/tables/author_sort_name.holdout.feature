Feature: Catalogue author names

  Scenario Outline: filing an author
    Given the author is "<name>"
    When the name is filed for the catalogue
    Then the catalogue name is "<filed>"

    Examples:
      | name                        | filed                        |
      | Hilary Mantel               | MANTEL, Hilary               |
      | Voltaire                    | VOLTAIRE                     |
      | Roald Dahl                  | DAHL, Roald                  |
      | E. M. Forster               | FORSTER, E. M.               |
      | Mary Wollstonecraft Shelley | SHELLEY, Mary Wollstonecraft |
      | Chinua Achebe               | ACHEBE, Chinua               |
