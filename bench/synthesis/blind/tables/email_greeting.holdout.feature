Feature: Newsletter greeting

  Scenario Outline: greeting the reader by first name
    Given a subscriber named "<name>"
    When the newsletter is addressed
    Then the first line is "<greeting>"

    Examples:
      | name               | greeting    |
      | Eve                | Hi Eve,     |
      | Frank Lloyd Wright | Hi Frank,   |
      | Gina Lee           | Hi Gina,    |
      | Hiroshi Tanaka     | Hi Hiroshi, |
