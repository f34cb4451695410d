Feature: Greenhouse watering rota
  The tomatoes are watered on day 1 of the season and then every third day after that.

  Scenario Outline: is today a watering day
    Given it is day <day> of the growing season
    When the watering rota is checked
    Then the tomatoes are watered today: <watered>

    Examples:
      | day | watered |
      | 1   | yes     |
      | 2   | no      |
      | 3   | no      |
      | 4   | yes     |
      | 7   | yes     |
      | 9   | no      |
      | 10  | yes     |
      | 12  | no      |
