Feature: Wetsuit thickness

  Scenario Outline: the suit handed out for the sea temperature
    Given the sea is <temperature> degrees
    When the hire desk picks a wetsuit
    Then the suit is "<suit>"

    Examples:
      | temperature | suit       |
      | 4           | 6/5 hooded |
      | 11          | 5/4 full   |
      | 15          | 4/3 full   |
      | 20          | 3/2 full   |
      | 25          | shorty     |
      | 12          | 5/4 full   |
