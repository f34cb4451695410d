Feature: Review summary
  A product shows the average of its review scores, from 1 to 5 stars each, rounded to
  the nearest half star. Until it has 5 reviews it shows that it is not rated yet.

  Scenario Outline: the rating on the product page
    Given a product with <reviews> reviews
    And a total of <stars> stars across them
    When the product page is shown
    Then the rating reads "<rating>"

    Examples:
      | reviews | stars | rating        |
      | 4       | 20    | not rated yet |
      | 5       | 20    | 4.0 out of 5  |
      | 5       | 22    | 4.5 out of 5  |
      | 5       | 21    | 4.0 out of 5  |
      | 12      | 43    | 3.5 out of 5  |
      | 12      | 46    | 4.0 out of 5  |
      | 37      | 180   | 5.0 out of 5  |
      | 0       | 0     | not rated yet |
      | 8       | 9     | 1.0 out of 5  |
