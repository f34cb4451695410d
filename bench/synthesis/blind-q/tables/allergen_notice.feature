Feature: Allergen notice

  Scenario Outline: the line printed under a dish
    Given the dish contains "<allergens>"
    When the allergen notice is written
    Then the notice reads "<notice>"

    Examples:
      | allergens                        | notice                                        |
      |                                  | No listed allergens.                          |
      | milk                             | Contains milk.                                |
      | tree nuts                        | Contains tree nuts.                           |
      | milk, egg                        | Contains milk and egg.                        |
      | peanuts, sesame                  | Contains peanuts and sesame.                  |
      | milk, egg, soya                  | Contains milk, egg and soya.                  |
      | wheat, mustard, celery, fish     | Contains wheat, mustard, celery and fish.     |
      | sesame, milk, egg, soya, peanuts | Contains sesame, milk, egg, soya and peanuts. |
      | egg                              | Contains egg.                                 |
