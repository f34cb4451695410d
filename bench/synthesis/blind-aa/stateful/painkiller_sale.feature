Feature: Painkiller limit at the till
  The law allows at most two packs of painkillers in one sale. Paracetamol and ibuprofen
  count together.

  Scenario: two packs are fine
    Given a new sale at the till
    When a pack of "paracetamol" is scanned
    And a pack of "ibuprofen" is scanned
    Then the painkiller count is 2
    And the item count is 2

  Scenario: a third pack is refused
    Given a new sale at the till
    When a pack of "paracetamol" is scanned
    And a pack of "paracetamol" is scanned
    And a pack of "ibuprofen" is scanned
    Then the till says "only 2 packs of painkillers per sale"
    And the painkiller count is 2
    And the item count is 2

  Scenario: other shopping does not count
    Given a new sale at the till
    When "bread" is scanned 3 times
    And a pack of "paracetamol" is scanned
    And "milk" is scanned
    And a pack of "paracetamol" is scanned
    Then the item count is 6
    And the painkiller count is 2

  Scenario: taking a pack off makes room
    Given a new sale at the till
    When a pack of "paracetamol" is scanned
    And a pack of "paracetamol" is scanned
    And a pack of "paracetamol" is taken off
    And a pack of "ibuprofen" is scanned
    Then the painkiller count is 2
    And the item count is 2
    When "milk" is scanned 2 times
    Then the item count is 4

  Scenario: the next sale starts again
    Given a new sale at the till
    When a pack of "ibuprofen" is scanned
    And a pack of "ibuprofen" is scanned
    And the sale is paid for
    And a pack of "paracetamol" is scanned
    Then the painkiller count is 1
    And the item count is 1
    When a pack of "ibuprofen" is taken off
    Then the till says "there is no ibuprofen in this sale"
