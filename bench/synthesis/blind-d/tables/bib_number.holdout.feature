Feature: Race bibs
  A bib shows the race code (10K for the 10 km, HM for the half marathon, M for
  the marathon), a dash, and the runner number padded with zeros to four digits.

  Scenario Outline: the text printed on a runner's bib
    Given runner number <number>
    And the "<race>" race
    When the bib is printed
    Then the bib reads "<bib>"

    Examples:
      | number | race          | bib      |
      | 3      | half marathon | HM-0003  |
      | 808    | marathon      | M-0808   |
      | 2500   | 10 km         | 10K-2500 |
      | 10     | marathon      | M-0010   |
      | 77     | 10 km         | 10K-0077 |
