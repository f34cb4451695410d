Feature: Dough hydration

  Scenario Outline: hydration of a dough
    Given <flour> g of flour
    And <water> g of water
    When the hydration is worked out
    Then the hydration is <hydration> percent

    Examples:
      | flour | water | hydration |
      | 500   | 350   | 70        |
      | 1000  | 650   | 65        |
      | 500   | 400   | 80        |
      | 300   | 212   | 71        |
      | 450   | 320   | 71        |
      | 1000  | 1000  | 100       |
      | 250   | 150   | 60        |
      | 700   | 455   | 65        |
      | 350   | 263   | 75        |
