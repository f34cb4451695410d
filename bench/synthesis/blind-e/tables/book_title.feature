Feature: Shelf labels

  Scenario Outline: a title as printed on the shelf label
    Given the title "<title>"
    When the title is tidied
    Then the label reads "<label>"

    Examples:
      | title                        | label                        |
      | the lord of the rings        | The Lord of the Rings        |
      | war and peace                | War and Peace                |
      | A TALE OF TWO CITIES         | A Tale of Two Cities         |
      | of mice and men              | Of Mice and Men              |
      | to kill a mockingbird        | To Kill a Mockingbird        |
      | dune                         | Dune                         |
      | murder on the orient express | Murder on the Orient Express |
      | a wrinkle in time            | A Wrinkle in Time            |
      | tHe CATCHER in the rYE       | The Catcher in the Rye       |
