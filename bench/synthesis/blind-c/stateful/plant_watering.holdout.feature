Feature: Plant watering log
  A plant needs water every so many days. It is thirsty on a day when at least
  that many days have passed since it was last watered. It can be watered at
  most once a day; a second watering on the same day is refused.

  Scenario: a regular routine
    Given a fern that needs water every 3 days
    And it was last watered on day 4
    When I water it with 200 ml on day 6
    And I water it with 300 ml on day 9
    Then it has had 500 ml in total
    And it is thirsty on day 11: no
    And it is thirsty on day 12: yes

  Scenario: watering twice on day 8
    Given a basil that needs water every 2 days
    And it was last watered on day 7
    When I water it with 100 ml on day 8
    And I water it with 80 ml on day 8
    Then I am told "already watered today"
    And it was last watered on day 8
    And it has had 100 ml in total

  Scenario: a cactus on the edge
    Given a cactus that needs water every 10 days
    And it was last watered on day 3
    Then it is thirsty on day 12: no
    And it is thirsty on day 13: yes
