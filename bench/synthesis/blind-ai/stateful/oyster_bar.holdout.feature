Feature: Oyster bar
  Oysters are served by the half dozen or by the dozen, from the stock of
  each kind. An order that needs more oysters than are left is refused, and
  once none of a kind are left that kind has run out. Deliveries add to the
  stock, and oysters found bad when they are opened are thrown away.

  Scenario: the natives go first
    Given the bar has 20 "rock" oysters
    And the bar has 12 "native" oysters
    When a dozen "rock" oysters are served
    And a dozen "native" oysters are served
    And half a dozen "native" oysters are served
    Then the waiter says "the native oysters have run out"
    And the "rock" oysters left are 8
    And the plates served are 2

  Scenario: a late delivery saves the evening
    Given the bar has 15 "rock" oysters
    When 7 "rock" oysters are thrown away
    And half a dozen "rock" oysters are served
    And half a dozen "rock" oysters are served
    Then the waiter says "only 2 rock oysters are left"
    When 40 "rock" oysters are delivered
    And a dozen "rock" oysters are served
    Then the "rock" oysters left are 30
    And the plates served are 2

  Scenario: too few natives for a dozen
    Given the bar has 12 "native" oysters
    When 2 "native" oysters are thrown away
    And a dozen "native" oysters are served
    Then the waiter says "only 10 native oysters are left"
    When half a dozen "native" oysters are served
    Then the "native" oysters left are 4
    And the plates served are 1
