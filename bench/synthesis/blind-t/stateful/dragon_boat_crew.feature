Feature: Dragon boat crew
  The boat seats 6 paddlers and one steerer, and nobody can hold two places. It can only push
  off with a steerer and at least 4 paddlers. Paddlers are listed in the order they got in.

  Scenario: climbing aboard
    Given an empty boat
    When Kit boards as a paddler
    And Raj boards as a paddler
    And Lou boards as a paddler
    And Ned takes the steering oar
    Then the paddlers are "Kit, Raj, Lou"
    And the steerer is "Ned"

  Scenario: getting out again
    Given an empty boat
    When Kit boards as a paddler
    And Raj boards as a paddler
    And Lou boards as a paddler
    And Raj gets out
    Then the paddlers are "Kit, Lou"
    When Tia boards as a paddler
    Then the paddlers are "Kit, Lou, Tia"
    When Raj gets out
    Then getting out is refused with "Raj is not aboard"

  Scenario: every seat taken
    Given an empty boat
    When Kit boards as a paddler
    And Raj boards as a paddler
    And Lou boards as a paddler
    And Ned boards as a paddler
    And Tia boards as a paddler
    And Max boards as a paddler
    And Ava boards as a paddler
    Then boarding is refused with "the paddling seats are full"
    When Ava takes the steering oar
    Then the steerer is "Ava"
    When Ben takes the steering oar
    Then boarding is refused with "the boat already has a steerer"
    When the boat pushes off
    Then the boat is out on the water

  Scenario: not ready to go
    Given an empty boat
    When Kit boards as a paddler
    And Raj boards as a paddler
    And Lou boards as a paddler
    And Ned takes the steering oar
    And the boat pushes off
    Then pushing off is refused with "the boat needs a steerer and 4 paddlers"
    When Tia boards as a paddler
    And Ned gets out
    Then the steerer is "nobody"
    When the boat pushes off
    Then pushing off is refused with "the boat needs a steerer and 4 paddlers"
    When Kit takes the steering oar
    Then boarding is refused with "Kit is already aboard"
    When Kim takes the steering oar
    And the boat pushes off
    Then the boat is out on the water

  Scenario: one place each
    Given an empty boat
    When Kit boards as a paddler
    And Kit boards as a paddler
    Then boarding is refused with "Kit is already aboard"
    When Jay takes the steering oar
    And Jay boards as a paddler
    Then boarding is refused with "Jay is already aboard"
    And the paddlers are "Kit"
    And the steerer is "Jay"
