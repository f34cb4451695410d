Feature: Dough hydration

  Scenario Outline: hydration of a dough
    Given <flour> g of flour
    And <water> g of water
    When the hydration is worked out
    Then the hydration is <hydration> percent

    Examples:
      | flour | water | hydration |
      | 400   | 300   | 75        |
      | 800   | 610   | 76        |
      | 900   | 700   | 78        |
      | 200   | 130   | 65        |
      | 550   | 385   | 70        |
      | 1200  | 1010  | 84        |
