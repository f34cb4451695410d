Feature: Catalogue author names

  Scenario Outline: filing an author
    Given the author is "<name>"
    When the name is filed for the catalogue
    Then the catalogue name is "<filed>"

    Examples:
      | name                     | filed                     |
      | Zadie Smith              | SMITH, Zadie              |
      | Ana Maria Lopez          | LOPEZ, Ana Maria          |
      | Homer                    | HOMER                     |
      | J. K. Rowling            | ROWLING, J. K.            |
      | Chimamanda Ngozi Adichie | ADICHIE, Chimamanda Ngozi |
      | Toni Morrison            | MORRISON, Toni            |
      | Plato                    | PLATO                     |
      | Haruki Murakami          | MURAKAMI, Haruki          |
