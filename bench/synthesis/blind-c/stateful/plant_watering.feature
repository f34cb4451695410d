Feature: Plant watering log
  A plant needs water every so many days. It is thirsty on a day when at least
  that many days have passed since it was last watered. It can be watered at
  most once a day; a second watering on the same day is refused.

  Scenario: when does the fern get thirsty
    Given a fern that needs water every 3 days
    And it was last watered on day 1
    Then it is thirsty on day 3: no
    And it is thirsty on day 4: yes

  Scenario: keeping a log
    Given a basil that needs water every 2 days
    And it was last watered on day 1
    When I water it with 150 ml on day 3
    And I water it with 100 ml on day 5
    Then it was last watered on day 5
    And it has had 250 ml in total
    And it is thirsty on day 6: no

  Scenario: too much care
    Given a cactus that needs water every 14 days
    And it was last watered on day 1
    When I water it with 50 ml on day 10
    And I water it with 50 ml on day 10
    Then I am told "already watered today"
    And it has had 50 ml in total
