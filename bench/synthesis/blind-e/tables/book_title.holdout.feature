Feature: Shelf labels

  Scenario Outline: a title as printed on the shelf label
    Given the title "<title>"
    When the title is tidied
    Then the label reads "<label>"

    Examples:
      | title                         | label                         |
      | PRIDE AND PREJUDICE           | Pride and Prejudice           |
      | the wind in the willows       | The Wind in the Willows       |
      | life of pi                    | Life of Pi                    |
      | a clockwork orange            | A Clockwork Orange            |
      | the hound of the baskervilles | The Hound of the Baskervilles |
      | the cat in the hat            | The Cat in the Hat            |
