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
      | 3       | 15    | not rated yet |
      | 6       | 29    | 5.0 out of 5  |
      | 10      | 33    | 3.5 out of 5  |
      | 20      | 51    | 2.5 out of 5  |
      | 7       | 12    | 1.5 out of 5  |
      | 100     | 412   | 4.0 out of 5  |
