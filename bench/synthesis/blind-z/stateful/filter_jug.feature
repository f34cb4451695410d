Feature: Filter jug

  Scenario: a fresh filter
    Given a new filter is in the jug
    When the jug is filled 12 times
    Then the fill count is 12
    And the filter light is "green"

  Scenario: the light turns amber
    Given the filter has done 20 fills
    When the jug is filled 9 times
    Then the fill count is 29
    And the filter light is "green"
    When the jug is filled
    Then the fill count is 30
    And the filter light is "amber"

  Scenario: the light turns red
    Given the filter has done 35 fills
    When the jug is filled 4 times
    Then the fill count is 39
    And the filter light is "amber"
    When the jug is filled
    Then the filter light is "red"
    When the jug is filled 5 times
    Then the fill count is 45
    And the filter light is "red"

  Scenario: changing the filter
    Given the filter has done 44 fills
    When a new filter is fitted
    Then the fill count is 0
    And the filter light is "green"
    When the jug is filled
    Then the fill count is 1
    And the filter light is "green"
