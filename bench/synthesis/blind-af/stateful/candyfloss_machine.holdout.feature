Feature: Candyfloss machine
  After it is switched on, the candyfloss machine has to warm up for 5 minutes before it
  can spin. The bowl holds up to 300 g of sugar and each cone takes 30 g. Switching the
  machine off lets it cool down, so it has to warm up again. Sugar can be poured in at any
  time.

  Scenario: the last of the sugar
    Given the machine is off with 60 g of sugar in the bowl
    When the machine is switched on
    And 2 minutes pass
    And 3 minutes pass
    And 3 cones are spun
    Then the machine shows "only 60 g of sugar left"
    When 2 cones are spun
    Then the sugar in the bowl is 0 g
    And the cones made are 2

  Scenario: switched off mid-session
    Given the machine is off with 280 g of sugar in the bowl
    When 40 g of sugar is poured in
    Then the machine shows "the bowl only takes 20 g more"
    When the machine is switched on
    And 7 minutes pass
    And 5 cones are spun
    And the machine is switched off
    And 4 cones are spun
    Then the machine shows "switch the machine on first"
    And the cones made are 5

  Scenario: warming up all over again
    Given the machine is off with 150 g of sugar in the bowl
    When the machine is switched on
    And 5 minutes pass
    And the machine is switched off
    And the machine is switched on
    And 4 minutes pass
    And 2 cones are spun
    Then the machine shows "the head is still warming up"
    And the machine is ready: no
    When 2 minutes pass
    Then the machine is ready: yes
