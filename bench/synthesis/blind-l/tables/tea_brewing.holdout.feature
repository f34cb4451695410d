Feature: Tea brewing guide

  Scenario Outline: the guide on the kettle
    Given <cups> cups of "<tea>" tea
    When the brewing guide is shown
    Then the water is <temperature> degrees
    And the guide says "<guide>"

    Examples:
      | cups | tea    | temperature | guide                |
      | 3    | green  | 80          | 750 ml, steep 2 min  |
      | 2    | black  | 100         | 500 ml, steep 4 min  |
      | 1    | oolong | 90          | 250 ml, steep 3 min  |
      | 2    | herbal | 100         | 500 ml, steep 6 min  |
      | 4    | green  | 80          | 1000 ml, steep 2 min |
      | 6    | black  | 100         | 1500 ml, steep 4 min |
