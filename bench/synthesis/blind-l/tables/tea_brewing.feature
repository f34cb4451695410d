Feature: Tea brewing guide

  Scenario Outline: the guide on the kettle
    Given <cups> cups of "<tea>" tea
    When the brewing guide is shown
    Then the water is <temperature> degrees
    And the guide says "<guide>"

    Examples:
      | cups | tea    | temperature | guide                |
      | 1    | green  | 80          | 250 ml, steep 2 min  |
      | 2    | green  | 80          | 500 ml, steep 2 min  |
      | 1    | black  | 100         | 250 ml, steep 4 min  |
      | 3    | black  | 100         | 750 ml, steep 4 min  |
      | 2    | oolong | 90          | 500 ml, steep 3 min  |
      | 4    | herbal | 100         | 1000 ml, steep 6 min |
      | 1    | herbal | 100         | 250 ml, steep 6 min  |
      | 4    | oolong | 90          | 1000 ml, steep 3 min |
