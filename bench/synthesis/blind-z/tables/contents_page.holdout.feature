Feature: Contents page lines
  Every line of the contents page is exactly 30 characters long: the chapter title, a space,
  a row of dots, a space and the page number, so that the page numbers line up on the right.

  Scenario Outline: laying out a contents line
    Given a chapter called "<title>"
    And it starts on page <page>
    When the contents line is laid out
    Then the line reads "<line>"

    Examples:
      | title               | page | line                           |
      | Preface             | 2    | Preface .................... 2 |
      | Birds               | 12   | Birds ..................... 12 |
      | The River in Winter | 64   | The River in Winter ....... 64 |
      | Clubs and Societies | 150  | Clubs and Societies ...... 150 |
      | Acknowledgements    | 301  | Acknowledgements ......... 301 |
      | Notes               | 1000 | Notes ................... 1000 |
