Feature: Painkiller limit at the till
  The law allows at most two packs of painkillers in one sale. Paracetamol and ibuprofen
  count together.

  Scenario: eggs and two kinds of painkiller
    Given a new sale at the till
    When "eggs" is scanned 2 times
    And a pack of "ibuprofen" is scanned
    And a pack of "paracetamol" is scanned
    And a pack of "paracetamol" is scanned
    Then the till says "only 2 packs of painkillers per sale"
    And the item count is 4
    And the painkiller count is 2

  Scenario: a new sale does not carry packs over
    Given a new sale at the till
    When a pack of "paracetamol" is scanned
    And a pack of "paracetamol" is scanned
    And the sale is paid for
    And a pack of "ibuprofen" is scanned
    And a pack of "ibuprofen" is scanned
    Then the painkiller count is 2
    And the item count is 2
    When a pack of "paracetamol" is taken off
    Then the till says "there is no paracetamol in this sale"

  Scenario: a pack taken off and bread added
    Given a new sale at the till
    When a pack of "ibuprofen" is scanned
    And a pack of "ibuprofen" is scanned
    And a pack of "ibuprofen" is taken off
    And "bread" is scanned 5 times
    And a pack of "paracetamol" is scanned
    Then the painkiller count is 2
    And the item count is 7
    When a pack of "paracetamol" is scanned
    Then the till says "only 2 packs of painkillers per sale"
