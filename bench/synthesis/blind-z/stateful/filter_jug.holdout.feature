Feature: Filter jug

  Scenario: a busy month on one filter
    Given a new filter is in the jug
    When the jug is filled 30 times
    Then the fill count is 30
    And the filter light is "amber"

  Scenario: changed as soon as it goes red
    Given the filter has done 38 fills
    When the jug is filled
    And the jug is filled
    Then the fill count is 40
    And the filter light is "red"
    When a new filter is fitted
    And the jug is filled 6 times
    Then the fill count is 6
    And the filter light is "green"

  Scenario: straight from green to red
    Given the filter has done 3 fills
    When the jug is filled 25 times
    Then the fill count is 28
    And the filter light is "green"
    When the jug is filled
    Then the filter light is "green"
    When the jug is filled 11 times
    Then the fill count is 40
    And the filter light is "red"
