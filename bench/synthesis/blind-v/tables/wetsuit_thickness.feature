Feature: Wetsuit thickness

  Scenario Outline: the suit handed out for the sea temperature
    Given the sea is <temperature> degrees
    When the hire desk picks a wetsuit
    Then the suit is "<suit>"

    Examples:
      | temperature | suit       |
      | 6           | 6/5 hooded |
      | 9           | 6/5 hooded |
      | 10          | 5/4 full   |
      | 13          | 5/4 full   |
      | 14          | 4/3 full   |
      | 17          | 4/3 full   |
      | 18          | 3/2 full   |
      | 21          | 3/2 full   |
      | 22          | shorty     |
