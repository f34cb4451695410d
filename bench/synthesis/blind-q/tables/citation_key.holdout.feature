Feature: Citation keys
  A reference key is the author's surname in lower case, then the year, then the first word of
  the title in lower case, all run together. A title starting with The, A or An skips that
  word. Only letters are kept from the surname and from the title word.

  Scenario Outline: making a key for the reading list
    Given the author's surname is "<surname>"
    And the book came out in <year>
    And its title is "<title>"
    When the citation key is made
    Then the key is "<key>"

    Examples:
      | surname | year | title                   | key                  |
      | Orwell  | 1945 | Animal Farm             | orwell1945animal     |
      | Sewell  | 1877 | Black Beauty            | sewell1877black      |
      | Grahame | 1908 | The Wind in the Willows | grahame1908wind      |
      | Burgess | 1962 | A Clockwork Orange      | burgess1962clockwork |
      | McEwan  | 2001 | Atonement               | mcewan2001atonement  |
      | Le Guin | 1968 | A Wizard of Earthsea    | leguin1968wizard     |
