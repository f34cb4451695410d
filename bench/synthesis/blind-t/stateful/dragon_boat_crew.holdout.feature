Feature: Dragon boat crew
  The boat seats 6 paddlers and one steerer, and nobody can hold two places. It can only push
  off with a steerer and at least 4 paddlers. Paddlers are listed in the order they got in.

  Scenario: one short, then away
    Given an empty boat
    When Ola boards as a paddler
    And Pat boards as a paddler
    And Ben boards as a paddler
    And Kim boards as a paddler
    And Pat gets out
    And Jay takes the steering oar
    And the boat pushes off
    Then pushing off is refused with "the boat needs a steerer and 4 paddlers"
    When Ava boards as a paddler
    And the boat pushes off
    Then the paddlers are "Ola, Ben, Kim, Ava"
    And the boat is out on the water

  Scenario: the steerer changes places
    Given an empty boat
    When Max takes the steering oar
    And Max boards as a paddler
    Then boarding is refused with "Max is already aboard"
    When Max gets out
    Then the steerer is "nobody"
    When Max boards as a paddler
    Then the paddlers are "Max"
    When Lou gets out
    Then getting out is refused with "Lou is not aboard"

  Scenario: a seat comes free
    Given an empty boat
    When Kit boards as a paddler
    And Raj boards as a paddler
    And Lou boards as a paddler
    And Ned boards as a paddler
    And Tia boards as a paddler
    And Ava boards as a paddler
    And Ben boards as a paddler
    Then boarding is refused with "the paddling seats are full"
    When Lou gets out
    And Ben boards as a paddler
    Then the paddlers are "Kit, Raj, Ned, Tia, Ava, Ben"
    When Kim takes the steering oar
    And Jay takes the steering oar
    Then boarding is refused with "the boat already has a steerer"
