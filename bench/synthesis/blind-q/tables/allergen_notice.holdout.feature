Feature: Allergen notice

  Scenario Outline: the line printed under a dish
    Given the dish contains "<allergens>"
    When the allergen notice is written
    Then the notice reads "<notice>"

    Examples:
      | allergens                            | notice                                            |
      | celery                               | Contains celery.                                  |
      | fish, milk                           | Contains fish and milk.                           |
      | peanuts, tree nuts, sesame           | Contains peanuts, tree nuts and sesame.           |
      | egg, wheat, soya, mustard            | Contains egg, wheat, soya and mustard.            |
      | mustard, soya                        | Contains mustard and soya.                        |
      | milk, egg, wheat, soya, fish, celery | Contains milk, egg, wheat, soya, fish and celery. |
