Feature: Oyster bar
  Oysters are served by the half dozen or by the dozen, from the stock of
  each kind. An order that needs more oysters than are left is refused, and
  once none of a kind are left that kind has run out. Deliveries add to the
  stock, and oysters found bad when they are opened are thrown away.

  Scenario: serving plates
    Given the bar has 36 "rock" oysters
    And the bar has 12 "native" oysters
    When a dozen "rock" oysters are served
    And half a dozen "native" oysters are served
    And half a dozen "rock" oysters are served
    Then the "rock" oysters left are 18
    And the "native" oysters left are 6
    And the plates served are 3

  Scenario: not enough left for a plate
    Given the bar has 10 "rock" oysters
    When half a dozen "rock" oysters are served
    And a dozen "rock" oysters are served
    Then the waiter says "only 4 rock oysters are left"
    When half a dozen "rock" oysters are served
    Then the waiter says "only 4 rock oysters are left"
    And the plates served are 1

  Scenario: a kind runs out and is delivered
    Given the bar has 12 "native" oysters
    When half a dozen "native" oysters are served
    And half a dozen "native" oysters are served
    And half a dozen "native" oysters are served
    Then the waiter says "the native oysters have run out"
    When 18 "native" oysters are delivered
    And a dozen "native" oysters are served
    Then the "native" oysters left are 6
    And the plates served are 3

  Scenario: bad oysters are thrown away
    Given the bar has 24 "rock" oysters
    When 3 "rock" oysters are thrown away
    And a dozen "rock" oysters are served
    Then the "rock" oysters left are 9
    When a dozen "rock" oysters are served
    Then the waiter says "only 9 rock oysters are left"
    And the plates served are 1

  Scenario: a delivery and a busy evening
    Given the bar has 6 "rock" oysters
    When 30 "rock" oysters are delivered
    And 4 "rock" oysters are thrown away
    And a dozen "rock" oysters are served
    And a dozen "rock" oysters are served
    And half a dozen "rock" oysters are served
    Then the "rock" oysters left are 2
    And the plates served are 3
