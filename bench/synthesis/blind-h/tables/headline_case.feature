Feature: Front page headlines
  Every word starts with a capital letter and the rest of the word is lower
  case, except the small words a, an, the, and, of, in, on and to, which stay
  lower case unless they are the first word.

  Scenario Outline: setting a headline
    Given the headline "<typed>"
    When it is set for the front page
    Then it reads "<set>"

    Examples:
      | typed                  | set                    |
      | storm hits the coast   | Storm Hits the Coast   |
      | THE END OF AN ERA      | The End of an Era      |
      | a day in the life      | A Day in the Life      |
      | mayor opens new bridge | Mayor Opens New Bridge |
      | prices rise AGAIN      | Prices Rise Again      |
      | trains to run on time  | Trains to Run on Time  |
      | cats and dogs          | Cats and Dogs          |
      | on the road            | On the Road            |
