Feature: Popcorn machine
  The kettle is hot 3 minutes after it is switched on, and kernels can only go in once it is
  hot. It takes up to 2 scoops of kernels at a time, and each scoop pops into 8 bags of
  popcorn.

  Scenario: a cinema queue
    Given the machine is off with no popcorn in the cabinet
    When the kettle is switched on
    And 6 minutes pass
    And a scoop of kernels is added
    And a scoop of kernels is added
    And the kernels are popped
    And 12 bags are sold
    Then the bag count is 4
    When 6 bags are sold
    Then the machine shows "only 4 bags are left"
    When a scoop of kernels is added
    And the kernels are popped
    Then the bag count is 12

  Scenario: a cold start
    Given the machine is off with no popcorn in the cabinet
    When a scoop of kernels is added
    Then the machine shows "the kettle is not hot yet"
    When the kettle is switched on
    And 2 minutes pass
    And a scoop of kernels is added
    Then the machine shows "the kettle is not hot yet"
    When 2 minutes pass
    Then the kettle is "hot"
    When a scoop of kernels is added
    And the kernels are popped
    Then the bag count is 8

  Scenario: three scoops wanted
    Given the machine is off with no popcorn in the cabinet
    When the kettle is switched on
    And 3 minutes pass
    And a scoop of kernels is added
    And a scoop of kernels is added
    And a scoop of kernels is added
    Then the machine shows "the kettle takes 2 scoops at most"
    When the kernels are popped
    And the kernels are popped
    Then the machine shows "there are no kernels in the kettle"
    And the bag count is 16
