Feature: Classroom air monitor
  Below 800 ppm of carbon dioxide the air counts as fresh. From 800 ppm it is stuffy,
  and from 1500 ppm it is poor.

  Scenario Outline: the air quality word
    Given the classroom reads <ppm> ppm of carbon dioxide
    When the air quality light is updated
    Then the air is described as "<air>"

    Examples:
      | ppm  | air    |
      | 400  | fresh  |
      | 780  | fresh  |
      | 900  | stuffy |
      | 1350 | stuffy |
      | 3000 | poor   |
      | 5000 | poor   |
