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
      | 42     | marathon      | M-0042   |
      | 7      | 10 km         | 10K-0007 |
      | 1234   | half marathon | HM-1234  |
      | 100    | 10 km         | 10K-0100 |
      | 1      | marathon      | M-0001   |
      | 9999   | half marathon | HM-9999  |
      | 56     | half marathon | HM-0056  |
