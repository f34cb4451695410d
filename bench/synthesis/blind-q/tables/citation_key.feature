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
      | surname    | year | title                    | key                    |
      | Knuth      | 1984 | The TeXbook              | knuth1984texbook       |
      | Darwin     | 1859 | On the Origin of Species | darwin1859on           |
      | Austen     | 1813 | Pride and Prejudice      | austen1813pride        |
      | O'Brien    | 1939 | At Swim-Two-Birds        | obrien1939at           |
      | Tolkien    | 1937 | The Hobbit               | tolkien1937hobbit      |
      | Dickens    | 1843 | A Christmas Carol        | dickens1843christmas   |
      | Priestley  | 1945 | An Inspector Calls       | priestley1945inspector |
      | Heller     | 1961 | Catch-22                 | heller1961catch        |
      | Montgomery | 1908 | Anne of Green Gables     | montgomery1908anne     |
