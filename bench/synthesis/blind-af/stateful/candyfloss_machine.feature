Feature: Candyfloss machine
  After it is switched on, the candyfloss machine has to warm up for 5 minutes before it
  can spin. The bowl holds up to 300 g of sugar and each cone takes 30 g. Switching the
  machine off lets it cool down, so it has to warm up again. Sugar can be poured in at any
  time.

  Scenario: warming up before spinning
    Given the machine is off with 200 g of sugar in the bowl
    When the machine is switched on
    And 3 cones are spun
    Then the machine shows "the head is still warming up"
    When 3 minutes pass
    Then the machine is ready: no
    When 2 minutes pass
    Then the machine is ready: yes
    When 3 cones are spun
    Then the sugar in the bowl is 110 g
    And the cones made are 3

  Scenario: filling the bowl
    Given the machine is off with 250 g of sugar in the bowl
    When 100 g of sugar is poured in
    Then the machine shows "the bowl only takes 50 g more"
    When 50 g of sugar is poured in
    And 2 cones are spun
    Then the machine shows "switch the machine on first"
    When the machine is switched on
    And 6 minutes pass
    And 10 cones are spun
    Then the sugar in the bowl is 0 g
    And the cones made are 10

  Scenario: not enough sugar for the order
    Given the machine is off with 100 g of sugar in the bowl
    When the machine is switched on
    And 5 minutes pass
    And 4 cones are spun
    Then the machine shows "only 100 g of sugar left"
    When 3 cones are spun
    And the machine is switched off
    And 150 g of sugar is poured in
    And the machine is switched on
    And 2 cones are spun
    Then the machine shows "the head is still warming up"
    And the sugar in the bowl is 160 g

  Scenario: topping up while it runs
    Given the machine is off with 300 g of sugar in the bowl
    When the machine is switched on
    And 4 minutes pass
    And 2 cones are spun
    Then the machine shows "the head is still warming up"
    When 2 minutes pass
    And 2 cones are spun
    And 60 g of sugar is poured in
    Then the sugar in the bowl is 300 g
    And the machine is ready: yes
