Feature: Apple prices

  Scenario Outline: comparing three stalls
    Given apples cost <north> a kg at the north stall
    And <south> a kg at the south stall
    And <east> a kg at the east stall
    When I compare the stalls
    Then the cheapest is the "<cheapest>" stall
    And it saves <saving> a kg on the dearest

    Examples:
      | north | south | east | cheapest | saving |
      | 1.95  | 2.15  | 2.05 | north    | 0.20   |
      | 3.20  | 2.80  | 3.40 | south    | 0.60   |
      | 2.60  | 2.60  | 2.35 | east     | 0.25   |
      | 1.10  | 1.20  | 1.30 | north    | 0.20   |
      | 2.05  | 1.75  | 2.30 | south    | 0.55   |
