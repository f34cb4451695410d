Feature: Popcorn machine
  The kettle is hot 3 minutes after it is switched on, and kernels can only go in once it is
  hot. It takes up to 2 scoops of kernels at a time, and each scoop pops into 8 bags of
  popcorn.

  Scenario: a first batch
    Given the machine is off with no popcorn in the cabinet
    When the kettle is switched on
    And 3 minutes pass
    Then the kettle is "hot"
    When a scoop of kernels is added
    And the kernels are popped
    Then the bag count is 8

  Scenario: too soon
    Given the machine is off with no popcorn in the cabinet
    When the kettle is switched on
    And 2 minutes pass
    Then the kettle is "heating"
    When a scoop of kernels is added
    Then the machine shows "the kettle is not hot yet"
    When 2 minutes pass
    Then the kettle is "hot"
    When a scoop of kernels is added
    And a scoop of kernels is added
    And the kernels are popped
    Then the bag count is 16

  Scenario: too many scoops
    Given the machine is off with no popcorn in the cabinet
    When the kettle is switched on
    And 5 minutes pass
    And a scoop of kernels is added
    And a scoop of kernels is added
    And a scoop of kernels is added
    Then the machine shows "the kettle takes 2 scoops at most"
    When the kernels are popped
    Then the bag count is 16
    When a scoop of kernels is added
    And the kernels are popped
    And 10 bags are sold
    Then the bag count is 14

  Scenario: selling out
    Given the machine is off with no popcorn in the cabinet
    When the kettle is switched on
    And 4 minutes pass
    And a scoop of kernels is added
    And the kernels are popped
    And 5 bags are sold
    Then the bag count is 3
    When 4 bags are sold
    Then the machine shows "only 3 bags are left"
    And the bag count is 3
    When 3 bags are sold
    Then the bag count is 0

  Scenario: nothing in the kettle
    Given the machine is off with no popcorn in the cabinet
    When a scoop of kernels is added
    Then the machine shows "the kettle is not hot yet"
    And the kettle is "off"
    When the kettle is switched on
    And 3 minutes pass
    And the kernels are popped
    Then the machine shows "there are no kernels in the kettle"
    And the bag count is 0
